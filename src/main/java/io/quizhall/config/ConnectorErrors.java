package io.quizhall.config;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses before the application sees them (a malformed URL such as {@code /api/v1/%}, {@code a|b}
 * or {@code %00}, a request line over the header size limit) are answered by the host's error report valve, which
 * writes an HTML page. This replaces that valve with one that writes the same problem document as {@link
 * ProblemErrorController}, with the security headers the filter chain would have set.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDocumentsForConnectorErrors(JsonMapper json) {
        // Runs after Boot's own customizer, which adds a plain ErrorReportValve to the host.
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemValve(json));
            // Tomcat adds a valve of this class at start-up unless one is there: ours is.
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                standard.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    static final class ProblemValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ProblemValve.class);

        private final JsonMapper json;

        ProblemValve(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(ProblemErrorController.forStatus(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Could not write the problem for a refused request: {}", e.toString());
            }
        }
    }
}
