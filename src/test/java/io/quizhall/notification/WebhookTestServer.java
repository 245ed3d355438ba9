package io.quizhall.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver for tests: the JDK's HTTP server on 127.0.0.7 (the one loopback address the test profile exempts
 * from the SSRF guard), answering with the statuses a test queues (then 200) and recording every request.
 */
final class WebhookTestServer implements AutoCloseable {

    record Received(String path, Map<String, List<String>> headers, byte[] body, int answered) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<int[]> answers = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String redirectTo = "";

    WebhookTestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.7", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            synchronized (answers) {
                int[] next = answers.poll();
                status = next == null ? 200 : next[0];
            }
            received.add(new Received(
                    exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body, status));
            if (status >= 300 && status < 400) {
                exchange.getResponseHeaders().add("Location", redirectTo);
            }
            byte[] answer = ("answered " + status).getBytes();
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The next requests are answered with these statuses, in order; later ones with 200. */
    void answer(int... statuses) {
        synchronized (answers) {
            for (int status : statuses) {
                answers.add(new int[] {status});
            }
        }
    }

    void redirectTo(String location) {
        this.redirectTo = location;
    }

    String url(String path) {
        return "http://127.0.0.7:" + server.getAddress().getPort() + path;
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
