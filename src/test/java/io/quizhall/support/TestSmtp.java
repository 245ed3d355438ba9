package io.quizhall.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One GreenMail SMTP server per test JVM. {@link IntegrationTest} contexts point {@code spring.mail.*} at it
 * before the context is built, so the app runs with real SMTP (and therefore requires email verification).
 */
public final class TestSmtp {

    private static @Nullable GreenMail server;

    private TestSmtp() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            server = started;
        }
        return server;
    }

    /** A received message's text, soft line breaks joined. */
    public static String text(jakarta.mail.internet.MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class CustomizerFactory implements ContextCustomizerFactory {

        @Override
        public @Nullable ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configurationAttributes) {
            return AnnotatedElementUtils.hasAnnotation(testClass, IntegrationTest.class) ? new Customizer() : null;
        }
    }

    /** A record, so equal customizers keep Spring's context cache working. */
    record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            int port = server().getSmtp().getPort();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "test-smtp", Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
        }
    }
}
