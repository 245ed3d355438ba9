package io.quizhall.storage;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import io.quizhall.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The storage contract on the S3 backend, against a real S3-compatible server (local-s3-rest) running in this JVM.
 * One more Spring context than the rest of the suite, started once.
 */
@IntegrationTest
class S3StorageTests extends StorageContractTests {

    private static LocalS3 server;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        int port = startServer();
        registry.add("quizhall.storage.backend", () -> "s3");
        registry.add("quizhall.storage.s3.endpoint", () -> "http://127.0.0.1:" + port);
        registry.add("quizhall.storage.s3.region", () -> "us-east-1");
        registry.add("quizhall.storage.s3.bucket", () -> "quizhall-test");
        registry.add("quizhall.storage.s3.prefix", () -> "files/");
        registry.add("quizhall.storage.s3.access-key", () -> "test");
        registry.add("quizhall.storage.s3.secret-key", () -> "test");
        registry.add("quizhall.storage.s3.path-style", () -> "true");
        registry.add("quizhall.storage.s3.create-bucket", () -> "true");
    }

    /** One in-memory server per JVM, on a free loopback port; it stops with the JVM. */
    private static synchronized int startServer() {
        if (server == null) {
            LocalS3 started = LocalS3.builder()
                    .port(freePort())
                    .mode(LocalS3Mode.IN_MEMORY)
                    .build();
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            server = started;
        }
        return server.getPort();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    String backend() {
        return "s3";
    }
}
