package io.quizhall.support;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One real OAuth 2 / OpenID Connect server (NAV's mock-oauth2-server, in process, on loopback) per test JVM with
 * two issuers, {@code idp-a} and {@code idp-b}. {@link IntegrationTest} contexts register both as providers
 * through the ordinary Spring Boot properties, as an administrator would configure Keycloak or Authentik.
 */
public final class TestOidc {

    public static final List<String> ISSUERS = List.of("idp-a", "idp-b");
    public static final String CLIENT_ID = "quizhall-test";

    private static @Nullable MockOAuth2Server server;

    private TestOidc() {}

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            var started = new MockOAuth2Server();
            started.start(InetAddress.getLoopbackAddress(), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            server = started;
        }
        return server;
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
            var properties = new HashMap<String, Object>();
            for (String issuer : ISSUERS) {
                String registration = "spring.security.oauth2.client.registration." + issuer + ".";
                properties.put(registration + "client-id", CLIENT_ID);
                properties.put(registration + "client-secret", "test-secret");
                properties.put(
                        registration + "client-name",
                        "Identity " + issuer.substring(4).toUpperCase());
                properties.put(registration + "scope", "openid,profile,email");
                properties.put(
                        "spring.security.oauth2.client.provider." + issuer + ".issuer-uri",
                        server().issuerUrl(issuer).toString());
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("test-oidc", Map.copyOf(properties)));
        }
    }
}
