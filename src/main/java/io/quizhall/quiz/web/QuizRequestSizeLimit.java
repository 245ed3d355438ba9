package io.quizhall.quiz.web;

import io.quizhall.quiz.QuizLimits;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caps request bodies of the quiz endpoints at {@code quizhall.quiz.max-request-size} (1 MB by default); Spring
 * itself reads JSON bodies of any size. A larger declared {@code Content-Length} is refused before reading; a
 * body without one (chunked) is read up to the cap and refused once it passes it. Either way: {@code 413}.
 */
@Configuration(proxyBeanMethods = false)
class QuizRequestSizeLimit {

    @Bean
    FilterRegistrationBean<LimitFilter> quizRequestSizeLimitFilter(QuizLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new LimitFilter(limits.maxRequestSize().toBytes(), json));
        registration.addUrlPatterns("/api/v1/quizzes", "/api/v1/quizzes/*");
        return registration;
    }

    static final class LimitFilter extends OncePerRequestFilter {

        private final long maxBytes;
        private final JsonMapper json;

        LimitFilter(long maxBytes, JsonMapper json) {
            this.maxBytes = maxBytes;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long declared = request.getContentLengthLong();
            if (declared > maxBytes) {
                refuse(response);
                return;
            }
            if (declared == 0 || request.getMethod().equals("GET")) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
            if (body.length > maxBytes) {
                refuse(response);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
        }

        private void refuse(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    Problems.of(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            "Quiz requests may be at most " + maxBytes + " bytes long."));
        }
    }

    /** The request with its body already read (at most the cap), served from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
