package io.quizhall.support;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.CloseStatus;

/**
 * A WebSocket client that writes STOMP frames by hand: for what a STOMP library never sends (garbage, no
 * heartbeats, half a CONNECT) and to see how the server closes the connection (its close code).
 */
public final class RawStompClient implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();

    /**
     * The JDK's WebSocket client: Tomcat's reports close codes 1012 to 2999 as 1002 (it counts them as invalid,
     * as RFC 6455 did before the IANA registry added 1012 "service restart").
     */
    private RawStompClient(String baseUrl, Map<String, String> handshake) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder();
        handshake.forEach(builder::header);
        try {
            this.socket = builder.buildAsync(
                            java.net.URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws"), new Listener())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("WebSocket connect failed", e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (!text.isBlank()) { // heartbeats are single newlines
                    received.add(text);
                    frames.add(text);
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(new CloseStatus(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete(new CloseStatus(1006, String.valueOf(error)));
        }
    }

    public static RawStompClient open(String baseUrl) {
        return new RawStompClient(baseUrl, Map.of());
    }

    public static RawStompClient openAsHost(String baseUrl, String sessionCookie) {
        return new RawStompClient(baseUrl, Map.of("Cookie", "qh_session=" + sessionCookie));
    }

    /** A STOMP frame: command, headers, blank line, body, NUL. */
    public static String frame(String command, Map<String, String> headers, String body) {
        var frame = new StringBuilder(command).append('\n');
        headers.forEach(
                (name, value) -> frame.append(name).append(':').append(value).append('\n'));
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
        socket.sendText(raw, true).join();
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

    /** A frame's header value, unescaped as STOMP 1.2 says ({@code \\c} is a colon). */
    public static @Nullable String header(String frame, String name) {
        for (String line :
                frame.substring(0, Math.max(0, frame.indexOf("\n\n"))).split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1)
                        .replace("\\c", ":")
                        .replace("\\n", "\n")
                        .replace("\\r", "\r")
                        .replace("\\\\", "\\");
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
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(gone -> null);
        }
        socket.abort();
    }
}
