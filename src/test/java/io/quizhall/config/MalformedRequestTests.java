package io.quizhall.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that are broken before any rule of ours applies — an unparseable multipart body, a URL Tomcat refuses,
 * an Origin that is no URL — get a problem document, never a 500, an HTML page or an error in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    static Stream<Arguments> brokenMultipartBodies() {
        String part = "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nxxxx\r\n";
        return Stream.of(
                Arguments.of("no closing boundary", "multipart/form-data; boundary=abc", part),
                Arguments.of("no boundary parameter", "multipart/form-data", part + "--abc--\r\n"),
                Arguments.of(
                        "a filename* that is not percent-encoded",
                        "multipart/form-data; boundary=abc",
                        part.replace("filename=\"a.png\"", "filename*=UTF-8''%ZZ.png") + "--abc--\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMultipartBodies")
    void aBrokenMultipartBodyIsAMalformedRequest(String description, String contentType, String body) {
        var response = accounts.newUser()
                .send(
                        "POST",
                        "/api/v1/storage",
                        body.getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", contentType));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("malformed-request");
        assertThat(response.body()).doesNotContain("Exception");
    }

    static Stream<String> urlsTomcatRefuses() {
        return Stream.of("/api/v1/%", "/api/v1/a|b", "/api/v1/%00", "/api/v1/" + "a".repeat(20_000));
    }

    /** Sent over a raw socket: HTTP clients would encode or refuse these URLs before sending them. */
    @ParameterizedTest
    @MethodSource("urlsTomcatRefuses")
    void aUrlTomcatRefusesIsAProblemDocumentWithTheSecurityHeaders(String target) throws IOException {
        RawHttp.Response response = rawGet(target, Map.of());

        assertThat(response.statusLine()).startsWith("HTTP/1.1 400");
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.header("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.header("x-frame-options")).isEqualTo("DENY");
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Tomcat");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("malformed-request");
        assertThat(problem.get("type").asString()).isEqualTo("urn:quizhall:problem:malformed-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void aHeaderValueTheFirewallRefusesIsAMalformedRequest(CapturedOutput output) throws IOException {
        String key = accounts.newUser()
                .post("/api/v1/api-keys", "{\"name\": \"raw\"}")
                .json()
                .get("key")
                .asString();

        // A raw C1 byte in a header the handler reads; Spring Security's firewall refuses it on reading.
        RawHttp.Response response = new RawHttp(port)
                .send(
                        "PUT",
                        "/api/v1/quizzes/" + java.util.UUID.randomUUID(),
                        Map.of(
                                "Authorization", "Bearer " + key,
                                "If-Match", "\"\u0085\"",
                                "Content-Type", "application/json"),
                        "{}");

        assertThat(response.statusLine()).startsWith("HTTP/1.1 400");
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("malformed-request");
        assertThat(output.getOut()).doesNotContain("RequestRejectedException");
    }

    @Test
    void aWebSocketHandshakeWithAMalformedOriginIsRefusedQuietly(CapturedOutput output) throws IOException {
        RawHttp.Response response = rawGet(
                "/ws",
                Map.of(
                        "Origin", "http://bad origin",
                        "Connection", "Upgrade",
                        "Upgrade", "websocket",
                        "Sec-WebSocket-Version", "13",
                        "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="));

        assertThat(response.statusLine()).startsWith("HTTP/1.1 403");
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("forbidden");
        assertThat(output.getOut())
                .doesNotContain("InvalidUrlException")
                .doesNotContain("HandshakeFailureException")
                .doesNotContain(" ERROR ");
    }

    @Test
    void aWebSocketHandshakeFromTheAppsOwnOriginStillWorks() throws IOException {
        RawHttp.Response response = rawGet(
                "/ws",
                Map.of(
                        "Origin", "http://localhost:" + port,
                        "Connection", "Upgrade",
                        "Upgrade", "websocket",
                        "Sec-WebSocket-Version", "13",
                        "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="));

        assertThat(response.statusLine()).startsWith("HTTP/1.1 101");
    }

    private RawHttp.Response rawGet(String target, Map<String, String> headers) throws IOException {
        return new RawHttp(port).get(target, headers);
    }
}
