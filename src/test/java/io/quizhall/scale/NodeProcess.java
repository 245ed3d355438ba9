package io.quizhall.scale;

import static org.awaitility.Awaitility.await;

import io.quizhall.QuizhallApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * An application node in a JVM process of its own, started from the test's classpath, so that a test can kill it
 * as abruptly as a crashed machine ({@link #kill()}: SIGKILL on Linux, no shutdown hooks, no graceful close).
 * Its output goes to a log file under {@code target/}; the tail is printed when it fails to start.
 */
final class NodeProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    // Kills the node even when the test JVM exits without running @AfterEach (e.g. a surefire timeout).
    private final Thread killOnExit;

    private NodeProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.killOnExit = new Thread(process::destroyForcibly, name + "-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts {@link QuizhallApplication} with the given arguments (plus its port) on the current JVM and classpath
     * and waits until {@code /actuator/health} answers 200. Its temporary files (Tomcat's) go to {@code tmpDir}, as
     * a killed process cannot clean up after itself.
     */
    static NodeProcess start(String name, Path tmpDir, List<String> args) {
        int port = freePort();
        Path log = Path.of("target", "node-processes", name + "-" + System.currentTimeMillis() + ".log")
                .toAbsolutePath();
        var command = new ArrayList<String>(List.of(
                java(),
                // Small and quick to start: a test node on a busy 2-core machine, not a benchmark.
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-Djava.io.tmpdir=" + tmpDir,
                "-cp",
                System.getProperty("java.class.path"),
                QuizhallApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(args);
        Process process;
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(tmpDir);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        var node = new NodeProcess(name, process, log, port);
        try {
            node.awaitHealthy();
        } catch (RuntimeException | AssertionError e) {
            String tail = node.tail(60);
            node.close();
            System.out.println(name + " did not start; the end of " + log + ":\n" + tail);
            throw new IllegalStateException(name + " did not start (log " + log + "):\n" + tail, e);
        }
        return node;
    }

    String url() {
        return "http://localhost:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Kills the process the hard way (SIGKILL on Linux) and returns its exit code once it is gone. */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") still runs 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Stops the process as an operator or orchestrator does (SIGTERM) and returns its exit code. */
    int terminate() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") still runs 60 s after SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** The whole output so far. */
    List<String> output() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the node's output. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Kills the node if it still runs. Safe to call more than once. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run; the process is gone either way.
        }
    }

    private void awaitHealthy() {
        try {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting");
                }
                return healthStatus() == 200;
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    name + " not healthy within " + STARTUP + " (last status " + healthStatus() + ")", e);
        }
    }

    private int healthStatus() {
        var request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String java() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
