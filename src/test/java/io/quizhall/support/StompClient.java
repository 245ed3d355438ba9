package io.quizhall.support;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real STOMP client over a real WebSocket, like a browser's. It keeps every frame it receives as raw JSON text
 * (so tests can search them for leaks) and lets tests wait for the next frame on a destination.
 */
public class StompClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WebSocketStompClient CLIENT = client();

    /**
     * A received frame: its destination ({@code ERROR} for error frames), body and {@link System#nanoTime()} of
     * arrival (for latency measurements that must not include the time a waiting thread takes to wake up).
     */
    public record Frame(String destination, String body, long receivedNanos) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final StompSession session;
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final Map<String, BlockingQueue<Frame>> queues = new ConcurrentHashMap<>();
    private final java.util.Set<String> subscribed = ConcurrentHashMap.newKeySet();
    private volatile @Nullable String error;

    private StompClient(String url, WebSocketHttpHeaders handshake, StompHeaders connect) {
        try {
            this.session = CLIENT.connectAsync(url, handshake, connect, new StompSessionHandlerAdapter() {
                        @Override
                        public Type getPayloadType(StompHeaders headers) {
                            return byte[].class;
                        }

                        @Override
                        public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                            String message = headers.getFirst("message");
                            record("ERROR", (message == null ? "" : message) + " " + text(payload));
                            error = message == null ? "error" : message;
                        }

                        @Override
                        public void handleTransportError(StompSession session, Throwable exception) {
                            if (error == null) {
                                error = "transport: " + exception.getMessage();
                            }
                        }
                    })
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("STOMP connect failed: " + e.getMessage(), e);
        }
    }

    public static StompClient player(String baseUrl, String token) {
        var connect = new StompHeaders();
        connect.add("player-token", token);
        return new StompClient(wsUrl(baseUrl), new WebSocketHttpHeaders(), connect);
    }

    /** A host connects with the session cookie of their login, as the browser sends it in the handshake. */
    public static StompClient host(String baseUrl, String sessionCookie) {
        var handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", "qh_session=" + sessionCookie);
        return new StompClient(wsUrl(baseUrl), handshake, new StompHeaders());
    }

    public StompClient subscribe(String destination) {
        if (!subscribed.add(destination)) {
            return this;
        }
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                record(destination, text(payload));
            }
        });
        return this;
    }

    /**
     * Asks for the game state and waits for it. The server handles one client's frames in order, so every
     * SUBSCRIBE sent before is in place when this returns.
     */
    public JsonNode sync(java.util.UUID gameId) {
        subscribe("/user/queue/state");
        send("/app/games/" + gameId + "/sync", "{}");
        return next("/user/queue/state").json();
    }

    public void send(String destination, String json) {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        send(headers, json);
    }

    public void send(StompHeaders headers, String json) {
        session.send(headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits for the next frame on a destination (or ERROR). */
    public Frame next(String destination) {
        return next(destination, Duration.ofSeconds(10));
    }

    public Frame next(String destination, Duration timeout) {
        try {
            Frame frame = queue(destination).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("No frame on " + destination + " within " + timeout + "; error: " + error
                        + "; frames so far: " + frames);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame if one arrives within the timeout. */
    public @Nullable Frame poll(String destination, Duration timeout) {
        try {
            return queue(destination).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Waits for the server to end the connection over a refused frame, and returns the ERROR frame's text. The
     * server closes right after queueing the ERROR frame; when another message to this connection is being written
     * at that moment the ERROR frame can be lost with the close (docs/live-protocol.md, section 4), so the result is
     * null then — the connection is closed either way, which this checks.
     */
    public @Nullable String refusal() {
        Frame frame = poll("ERROR", Duration.ofSeconds(10));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !session.isConnected() || error != null);
        return frame == null ? null : frame.body();
    }

    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    public @Nullable String error() {
        return error;
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            try {
                session.disconnect();
            } catch (org.springframework.messaging.MessageDeliveryException closedMeanwhile) {
                // The server ended the connection between the check and the DISCONNECT: closed either way.
            }
        }
    }

    private void record(String destination, String body) {
        var frame = new Frame(destination, body, System.nanoTime());
        frames.add(frame);
        queue(destination).add(frame);
    }

    private BlockingQueue<Frame> queue(String destination) {
        return queues.computeIfAbsent(destination, key -> new LinkedBlockingQueue<>());
    }

    private static String text(@Nullable Object payload) {
        return payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : "";
    }

    /**
     * A WebSocket client whose sessions take one send at a time. The STOMP session writes heartbeats from a
     * scheduler thread while a test sends from its own; two writes at once on a JSR-356 session fail
     * ("TEXT_PARTIAL_WRITING"), so every session is wrapped as the server wraps its own.
     */
    private static final class SerialSendsClient implements WebSocketClient {

        private final StandardWebSocketClient standard = new StandardWebSocketClient(container());

        /**
         * Tomcat's usual 8 KB buffers. Tests share the JVM with the server, whose small connection buffers
         * (ConnectionBuffers) would otherwise be the default for clients too, and Spring's STOMP client takes only
         * whole messages. Not more: the load harness holds thousands of these clients.
         */
        private static jakarta.websocket.WebSocketContainer container() {
            var container = jakarta.websocket.ContainerProvider.getWebSocketContainer();
            container.setDefaultMaxTextMessageBufferSize(8 * 1024);
            container.setDefaultMaxBinaryMessageBufferSize(8 * 1024);
            return container;
        }

        @Override
        public CompletableFuture<WebSocketSession> execute(
                WebSocketHandler handler, String uriTemplate, @Nullable Object... uriVariables) {
            return standard.execute(serialized(handler), uriTemplate, uriVariables);
        }

        @Override
        public CompletableFuture<WebSocketSession> execute(
                WebSocketHandler handler, @Nullable WebSocketHttpHeaders headers, URI uri) {
            return standard.execute(serialized(handler), headers, uri);
        }

        private static WebSocketHandler serialized(WebSocketHandler handler) {
            return new WebSocketHandlerDecorator(handler) {
                @Override
                public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                    super.afterConnectionEstablished(new ConcurrentWebSocketSessionDecorator(session, 30_000, 1 << 22));
                }
            };
        }
    }

    /** Hands every body over as raw bytes, JSON included, so tests see exactly what the server sent. */
    private static final class RawBodies extends ByteArrayMessageConverter {
        RawBodies() {
            addSupportedMimeTypes(MimeTypeUtils.APPLICATION_JSON, MimeTypeUtils.TEXT_PLAIN);
        }
    }

    private static String wsUrl(String baseUrl) {
        return baseUrl.replaceFirst("^http", "ws") + "/ws";
    }

    /** Heartbeats as the web client sends them: the server requires them (docs/live-protocol.md, section 4). */
    private static WebSocketStompClient client() {
        var client = new WebSocketStompClient(new SerialSendsClient());
        var heartbeats = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setDaemon(true);
        heartbeats.setThreadNamePrefix("stomp-client-heartbeat-");
        heartbeats.initialize();
        client.setTaskScheduler(heartbeats);
        client.setDefaultHeartbeat(new long[] {10_000, 10_000});
        client.setMessageConverter(new RawBodies());
        client.setInboundMessageSizeLimit(1024 * 1024);
        return client;
    }
}
