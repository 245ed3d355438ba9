package io.quizhall.notification;

import io.quizhall.shared.SsrfGuard;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * POSTs webhook bodies under the SSRF rules. The URL is checked again at every delivery, and the HTTP client resolves
 * host names only through the guard, so it connects to exactly the addresses the guard vetted at that moment: a name
 * that resolved to a public address when the user saved it and to 127.0.0.1 now (DNS rebinding) is refused. No
 * proxy from system properties, no redirects followed, no retries of its own, short connect and read timeouts, and
 * at most {@code max-response-size} of an answer read. TLS host name verification still uses the URL's name.
 */
@Component
class WebhookClient {

    /** What a receiver answered, or why nothing was sent; {@code status} is 0 when no answer came. */
    record Outcome(int status, String detail, boolean refused) {

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    private final SsrfGuard guard;
    private final int maxResponseBytes;
    private final CloseableHttpClient client;

    WebhookClient(SsrfGuard notificationSsrfGuard, NotificationProperties properties) {
        this.guard = notificationSsrfGuard;
        this.maxResponseBytes = (int) Math.min(properties.maxResponseSize().toBytes(), 1 << 20);
        DnsResolver vetted = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return guard.resolve(host).toArray(InetAddress[]::new);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                resolve(host);
                return host;
            }
        };
        Timeout connect = Timeout.of(properties.connectTimeout());
        Timeout read = Timeout.of(properties.readTimeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(vetted)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(read)
                        .build())
                .setMaxConnTotal(20)
                .setMaxConnPerRoute(2)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Quizhall-Notifications")
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(read)
                        .setRedirectsEnabled(false)
                        .build())
                .build();
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }

    /** Sends one body; never throws for what the network or the receiver does. */
    Outcome post(String url, byte[] body, Map<String, String> headers) {
        URI uri;
        try {
            // Checked here too, not only in the resolver: a URL with an IP address may never reach a resolver.
            uri = guard.check(url);
        } catch (SsrfGuard.Refused refused) {
            return new Outcome(0, "refused: " + refused.reason(), true);
        }
        var post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, post, null);
            int status = response.getCode();
            String answer = head(response.getEntity());
            return new Outcome(status, "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer), false);
        } catch (SsrfGuard.Refused refused) {
            return new Outcome(0, "refused: " + refused.reason(), true);
        } catch (IOException e) {
            return new Outcome(0, e.getClass().getSimpleName(), false);
        } finally {
            // Drop the connection instead of letting the client drain an answer we do not want to read.
            post.cancel();
            if (response != null) {
                try {
                    response.close();
                } catch (IOException ignored) {
                    // The connection is being dropped anyway.
                }
            }
        }
    }

    /** The first bytes of an answer, for the delivery's last error; the rest is never read. */
    private String head(@Nullable HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        byte[] bytes = entity.getContent().readNBytes(Math.min(maxResponseBytes, 200));
        return new String(bytes, StandardCharsets.UTF_8)
                .replaceAll("\\p{Cntrl}", " ")
                .strip();
    }
}
