package io.quizhall.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The embedded PostgreSQL (zonky binaries) on a fixed port and data directory, so it can be stopped and started
 * again at the same address: by the context (destroyed after the connection pool that uses it, never by a JVM
 * shutdown hook of its own) and by fault tests.
 */
public final class EmbeddedPostgresServer {

    private final Path dataDirectory;
    private final int port;
    private final Duration startupWait;
    private @Nullable EmbeddedPostgres postgres;

    EmbeddedPostgresServer(Path dataDirectory, int port, Duration startupWait) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.startupWait = startupWait;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public synchronized void start() throws IOException {
        if (postgres != null) {
            return;
        }
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(startupWait)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
    }

    /** Stops the server (a fast shutdown: open connections are ended, committed data is kept). */
    public synchronized void stop() throws IOException {
        EmbeddedPostgres running = postgres;
        postgres = null;
        if (running != null) {
            running.close();
        }
    }

    String jdbcUrl(String user, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + user;
    }

    EmbeddedPostgres running() {
        if (postgres == null) {
            throw new IllegalStateException("The embedded PostgreSQL is not running");
        }
        return postgres;
    }
}
