package io.quizhall.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.embedded.RedisServer;

/**
 * Starts a real Redis when neither {@code spring.data.redis.url} nor {@code spring.data.redis.host} is set.
 * It appends every write to a file under {@code quizhall.data-dir} (fsync once a second), so a restart keeps
 * running games.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.redis.url:}'.isBlank() and '${spring.data.redis.host:}'.isBlank()")
class EmbeddedRedisConfiguration {

    static final String PID_FILE = "redis.pid";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedRedisServer embeddedRedis(QuizhallProperties properties, EmbeddedServerProperties embedded)
            throws IOException {
        Path dataDirectory = properties.resolve("redis").toAbsolutePath();
        Files.createDirectories(dataDirectory);
        int port = FreePort.find();
        // embedded-redis provides the binary and writes the configuration file; the process is ours.
        var builder = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("dir " + dataDirectory)
                .setting("pidfile " + dataDirectory.resolve(PID_FILE))
                .setting("appendonly yes")
                .setting("appendfsync everysec")
                .setting("save \"\"")
                .setting("protected-mode yes");
        if (embedded.redisExecutable() != null) {
            builder.executableProvider(() -> embedded.redisExecutable().toFile());
        }
        log.info(
                "Starting embedded Redis on 127.0.0.1:{}, data in {} "
                        + "(set SPRING_DATA_REDIS_URL to use an external server instead)",
                port,
                dataDirectory);
        return new EmbeddedRedisServer(builder.buildCommandArgs(), dataDirectory, port);
    }

    @Bean
    DataRedisConnectionDetails embeddedRedisConnectionDetails(EmbeddedRedisServer redis) {
        int port = redis.port();
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("127.0.0.1", port);
            }
        };
    }
}
