package io.quizhall.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * A WebSocket client that writes STOMP frames by hand: for what a STOMP library never sends (garbage, no
 * heartbeats, half a CONNECT) and to see how the server closes the connection (its close code).
 */
public final class RawStompClient implements AutoCloseable {

    private final WebSocketSession session;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();

    private RawStompClient(String baseUrl, WebSocketHttpHeaders handshake) {
        try {
            this.session = new StandardWebSocketClient()
                    .execute(
                            new TextWebSocketHandler() {
                                @Override
                                protected void handleTextMessage(WebSocketSession session, TextMessage message) {
                                    String text = message.getPayload();
                                    if (!text.isBlank()) { // heartbeats are single newlines
                                        received.add(text);
                                        frames.add(text);
                                    }
                                }

                                @Override
                                public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                                    closed.complete(status);
                                }
                            },
                            handshake,
                            java.net.URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws"))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("WebSocket connect failed", e);
        }
    }

    public static RawStompClient open(String baseUrl) {
        return new RawStompClient(baseUrl, new WebSocketHttpHeaders());
    }

    public static RawStompClient openAsHost(String baseUrl, String sessionCookie) {
        var handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", "qh_session=" + sessionCookie);
        return new RawStompClient(baseUrl, handshake);
    }

    /** A STOMP frame: command, headers, blank line, body, NUL. */
    public static String frame(String command, Map<String, String> headers, String body) {
        var frame = new StringBuilder(command).append('\n');
        headers.forEach((name, value) -> frame.append(name).append(':').append(value).append('\n'));
        return frame.append('\n').append(body).append('\0').toString();
    }

    /** CONNECT with heartbeats as a browser client sends it, plus any extra headers. */
    public RawStompClient connect(Map<String, String> headers) {
        var all = new java.util.LinkedHashMap<String, String>();
        all.put("accept-version", "1.2");
        all.put("heart-beat", "10000,10000");
        all.putAll(headers);
        send(frame("CONNECT", all, ""));
        return this;
    }

    public void send(String raw) {
        try {
            session.sendMessage(new TextMessage(raw));
        } catch (Exception e) {
            throw new IllegalStateException("Send failed", e);
        }
    }

    /** The next frame the server sends (heartbeats skipped). */
    public String next(Duration timeout) {
        try {
            String frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("No frame within " + timeout + "; received: " + received);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the next frame that starts with the command. */
    public String next(String command, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String frame = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (frame.startsWith(command + "\n")) {
                return frame;
            }
        }
    }

    /** How the server closed the connection. */
    public CloseStatus awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("Not closed within " + timeout + "; received: " + received, e);
        }
    }

    public @Nullable CloseStatus closeStatus() {
        return closed.getNow(null);
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    /** A frame's header value. */
    public static @Nullable String header(String frame, String name) {
        for (String line : frame.substring(0, Math.max(0, frame.indexOf("\n\n"))).split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** A frame's body, without the NUL. */
    public static String body(String frame) {
        int start = frame.indexOf("\n\n");
        return start < 0 ? "" : frame.substring(start + 2).replace("\0", "");
    }

    @Override
    public void close() {
        try {
            if (session.isOpen()) {
                session.close();
            }
        } catch (Exception ignored) {
            // Already gone.
        }
    }
}
