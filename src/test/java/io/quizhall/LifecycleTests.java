package io.quizhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.support.Api;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.RedisServer;

/** A node's start while Redis is slow to come up (scale.GracefulStopTests stops one with SIGTERM). */
class LifecycleTests {

    @TempDir
    Path dataDir;

    @Test
    void aNodeStartsWhileRedisIsAwayAndReportsItselfHealthyOnceItArrives() throws Exception {
        int redisPort = freePort();
        var redis =
                RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").build();
        var starting = CompletableFuture.supplyAsync(() -> start(
                "--quizhall.data-dir=" + dataDir,
                "--spring.data.redis.url=redis://127.0.0.1:" + redisPort,
                "--quizhall.game.redis-fanout=true"));
        try {
            // Redis arrives well after the node's first attempts to subscribe (those time out after 2 s).
            CompletableFuture.runAsync(
                            () -> {
                                try {
                                    redis.start();
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            },
                            CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS))
                    .get(30, TimeUnit.SECONDS);
            var node = starting.get(120, TimeUnit.SECONDS);
            try (node) {
                var api = new Api(url(node));
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    var health = api.get("/actuator/health");
                    assertThat(health.status()).isEqualTo(200);
                    assertThat(health.json().at("/components/fanout/status").asString())
                            .isEqualTo("UP");
                });
            }
        } finally {
            redis.stop();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        var all = new java.util.ArrayList<>(List.of("--server.port=0", "--logging.level.root=warn"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(QuizhallApplication.class).run(all.toArray(String[]::new));
    }

    private static String url(ConfigurableApplicationContext node) {
        return "http://localhost:"
                + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
