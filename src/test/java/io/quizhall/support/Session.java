package io.quizhall.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * A browser-like HTTP client: it keeps cookies and, like an SPA, echoes the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header of state-changing requests.
 */
public class Session {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private boolean sendCsrfToken = true;

    public Session(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Stops echoing the CSRF token, as a forged cross-site request would. */
    public Session withoutCsrfToken() {
        sendCsrfToken = false;
        return this;
    }

    public Api.Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Api.Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Api.Response put(String path, String json) {
        return send("PUT", path, json, Map.of());
    }

    public Api.Response put(String path, String json, Map<String, String> headers) {
        return send("PUT", path, json, headers);
    }

    public Api.Response putBytes(String path, byte[] body, String contentType) {
        return send("PUT", path, body, Map.of("Content-Type", contentType));
    }

    /**
     * A multipart/form-data POST, as a browser's file input sends it: the file part with the name and type the
     * client claims, then plain text fields.
     */
    public Api.Response upload(
            String path, String filename, String claimedType, byte[] content, Map<String, String> fields) {
        String boundary =
                "----quizhall" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n")
                .getBytes(utf8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(utf8));
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(utf8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return send(
                "POST", path, body.toByteArray(), Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** A response whose body is kept as bytes (files, images). */
    public record BinaryResponse(int status, HttpHeaders headers, byte[] body) {}

    public BinaryResponse getBytes(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            var springHeaders = new HttpHeaders();
            response.headers().map().forEach(springHeaders::addAll);
            return new BinaryResponse(response.statusCode(), springHeaders, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Api.Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Api.Response send(String method, String path, Object body, Map<String, String> headers) {
        if (sendCsrfToken && !method.equals("GET") && csrfToken().isEmpty()) {
            send("GET", "/api/v1/auth/csrf", null, Map.of());
        }
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        var publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : body instanceof byte[] bytes
                        ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                        : HttpRequest.BodyPublishers.ofString(body.toString());
        request.method(method, publisher);
        if (body instanceof String) {
            request.header("Content-Type", "application/json");
        }
        request.header("Accept", "application/json, application/problem+json, */*");
        if (sendCsrfToken && !method.equals("GET")) {
            csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var springHeaders = new HttpHeaders();
            response.headers().map().forEach(springHeaders::addAll);
            return new Api.Response(response.statusCode(), springHeaders, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public void dropCookie(String name) {
        var store = cookies.getCookieStore();
        store.getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .toList()
                .forEach(cookie -> store.remove(null, cookie));
    }

    private Optional<String> csrfToken() {
        return cookie("XSRF-TOKEN");
    }
}
