package io.quizhall.support;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the app under test that never throws on error statuses, so tests can assert them. */
public class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final String baseUrl;

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
        // The JDK's client, chosen explicitly: with Apache HttpClient 5 on the classpath (the notifications' webhook
        // sender) RestClient would pick it, whose pool of five connections per host waits when a test leaves one open.
        this.client = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl(baseUrl)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path) {
        return Response.of(client.get().uri(path).retrieve().toEntity(String.class));
    }

    public Response post(String path, String contentType, String body) {
        return Response.of(client.post()
                .uri(path)
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class));
    }

    public record Response(int status, HttpHeaders headers, String body) {

        static Response of(ResponseEntity<String> entity) {
            return new Response(
                    entity.getStatusCode().value(),
                    entity.getHeaders(),
                    entity.getBody() == null ? "" : entity.getBody());
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            var type = headers.getContentType();
            return type == null ? "" : type.toString();
        }
    }
}
