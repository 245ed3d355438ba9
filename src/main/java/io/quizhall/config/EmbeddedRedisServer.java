package io.quizhall.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code redis-server} child process: the binary and configuration file come from embedded-redis, the process
 * is ours. embedded-redis would register a JVM shutdown hook that stops Redis at Ctrl+C while Spring is still
 * shutting down (timers and listeners then fail); this server stops only when the context destroys it, after
 * everything that uses it. Tests stop and start it to inject a Redis outage.
 */
public final class EmbeddedRedisServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final List<String> command;
    private final Path directory;
    private final int port;
    private @Nullable Process process;

    EmbeddedRedisServer(List<String> command, Path directory, int port) {
        this.command = List.copyOf(command);
        this.directory = directory;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the server and returns once it accepts connections. */
    public synchronized void start() throws IOException {
        if (isRunning()) {
            return;
        }
        stopStaleServer();
        var started = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        var ready = new CompletableFuture<Void>();
        var output = new Thread(() -> follow(started, ready), "embedded-redis-output");
        output.setDaemon(true);
        output.start();
        try {
            ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.destroyForcibly();
            throw new IOException("Interrupted while starting the embedded Redis", e);
        } catch (ExecutionException | TimeoutException e) {
            started.destroyForcibly();
            throw new IOException("The embedded Redis did not start on port " + port, e);
        }
        process = started;
    }

    /** Stops the server the way Redis likes (SIGTERM: it finishes the append-only file), forcibly if it hangs. */
    public synchronized void stop() {
        Process running = process;
        process = null;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The embedded Redis did not stop within {}; killing it", STOP_TIMEOUT);
                running.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }

    /**
     * A server left running by a previous run that was killed (no shutdown at all) still writes to the same
     * append-only file; two writers would corrupt it. Its pid file says which process it is.
     */
    private void stopStaleServer() throws IOException {
        Path pidFile = directory.resolve(EmbeddedRedisConfiguration.PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid)
                    .filter(handle -> handle.info().command().orElse("").contains("redis"))
                    .ifPresent(stale -> {
                        log.warn("Stopping a Redis left running by an earlier run (pid {})", pid);
                        stale.destroy();
                        stale.onExit()
                                .orTimeout(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                                .exceptionally(timeout -> {
                                    stale.destroyForcibly();
                                    return stale;
                                })
                                .join();
                    });
        } catch (NumberFormatException unreadable) {
            // Not a pid: nothing to stop.
        }
        Files.deleteIfExists(pidFile);
    }

    /** Reads the server's output until it ends; what it said before failing to start goes into the error. */
    private static void follow(Process process, CompletableFuture<Void> ready) {
        var beforeReady = new StringBuilder();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.contains("Ready to accept connections")) {
                    ready.complete(null);
                } else if (!ready.isDone() && beforeReady.length() < 4_000) {
                    beforeReady.append(line).append('\n');
                }
            }
        } catch (IOException closed) {
            // The process ended.
        }
        ready.completeExceptionally(new IOException("redis-server exited before it was ready:\n" + beforeReady));
    }
}
