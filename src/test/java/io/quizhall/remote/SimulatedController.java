package io.quizhall.remote;

import io.quizhall.support.Api;
import io.quizhall.support.RawStompClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A controller device as docs/controllers.md describes one to device makers: plain HTTP without cookies, CSRF
 * tokens or an Origin header, its secret in a header, and STOMP frames written by hand over a WebSocket.
 */
public final class SimulatedController implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private @Nullable String secret;
    private @Nullable RawStompClient stomp;
    private final java.util.List<String> unread = new java.util.ArrayList<>();

    public SimulatedController(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public void secret(@Nullable String secret) {
        this.secret = secret;
    }

    public Api.Response post(String path, String json) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        if (secret != null) {
            request.header("X-Controller-Secret", secret);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return new Api.Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Step 3 of the protocol: connect with the player token and subscribe to what a controller needs. */
    void play(JsonNode joined) {
        String gameId = joined.get("gameId").asString();
        stomp = RawStompClient.open(baseUrl)
                .connect(Map.of("player-token", joined.get("token").asString()));
        String connected = stomp.next("CONNECTED", WAIT);
        if (connected.isEmpty()) {
            throw new AssertionError("not connected");
        }
        subscribe(1, joined.get("questionTopic").asString());
        subscribe(2, "/topic/games." + gameId + ".results");
        subscribe(3, "/user/queue/ack");
        subscribe(4, "/user/queue/result");
        subscribe(5, "/user/queue/errors");
    }

    private void subscribe(int id, String destination) {
        stomp().send(RawStompClient.frame("SUBSCRIBE", Map.of("id", "sub-" + id, "destination", destination), ""));
    }

    /** A button press: the option shown at {@code button} (0 to 3) of the open question. */
    void press(JsonNode joined, JsonNode opened, int button) {
        int choice = opened.get("choices").get(button).get("id").asInt();
        var headers = new LinkedHashMap<String, String>();
        headers.put("destination", joined.get("answerDestination").asString());
        headers.put("content-type", "application/json");
        stomp().send(RawStompClient.frame(
                "SEND",
                headers,
                "{\"question\": %d, \"answer\": %d}"
                        .formatted(opened.get("index").asInt(), choice)));
    }

    /** The body of the next MESSAGE to a destination that ends with {@code suffix}; others wait their turn. */
    JsonNode next(String suffix) {
        for (var waiting = unread.iterator(); waiting.hasNext(); ) {
            String frame = waiting.next();
            if (endsWith(frame, suffix)) {
                waiting.remove();
                return JSON.readTree(RawStompClient.body(frame));
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String frame = stomp().next("MESSAGE", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (endsWith(frame, suffix)) {
                return JSON.readTree(RawStompClient.body(frame));
            }
            unread.add(frame);
        }
    }

    /** Whether a MESSAGE to such a destination came (and waits unread). */
    boolean hasUnread(String suffix) {
        return unread.stream().anyMatch(frame -> endsWith(frame, suffix));
    }

    private static boolean endsWith(String frame, String suffix) {
        String destination = RawStompClient.header(frame, "destination");
        return destination != null && destination.endsWith(suffix);
    }

    private RawStompClient stomp() {
        if (stomp == null) {
            throw new IllegalStateException("not playing");
        }
        return stomp;
    }

    @Override
    public void close() {
        if (stomp != null) {
            stomp.close();
        }
    }
}
