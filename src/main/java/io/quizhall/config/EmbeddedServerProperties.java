package io.quizhall.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL and Redis started when no external server is configured.
 *
 * @param postgresStartupWait how long to wait for the embedded PostgreSQL to accept connections
 * @param redisExecutable a {@code redis-server} binary to run instead of the one bundled with embedded-redis
 */
@ConfigurationProperties("quizhall.embedded")
public record EmbeddedServerProperties(
        @DefaultValue("60s") Duration postgresStartupWait,
        @Nullable Path redisExecutable) {}
