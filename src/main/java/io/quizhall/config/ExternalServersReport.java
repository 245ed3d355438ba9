package io.quizhall.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in the log which servers the application ended up using, so nobody has to guess the mode. */
@Component
class ExternalServersReport {

    private static final Logger log = LoggerFactory.getLogger(ExternalServersReport.class);

    private final ObjectProvider<EmbeddedPostgresServer> embeddedPostgres;
    private final ObjectProvider<EmbeddedRedisServer> embeddedRedis;
    private final ObjectProvider<JdbcConnectionDetails> jdbc;
    private final ObjectProvider<DataRedisConnectionDetails> redis;

    ExternalServersReport(
            ObjectProvider<EmbeddedPostgresServer> embeddedPostgres,
            ObjectProvider<EmbeddedRedisServer> embeddedRedis,
            ObjectProvider<JdbcConnectionDetails> jdbc,
            ObjectProvider<DataRedisConnectionDetails> redis) {
        this.embeddedPostgres = embeddedPostgres;
        this.embeddedRedis = embeddedRedis;
        this.jdbc = jdbc;
        this.redis = redis;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String database = embeddedPostgres.getIfAvailable() != null ? "embedded" : "external";
        String cache = embeddedRedis.getIfAvailable() != null ? "embedded" : "external";
        var jdbcDetails = jdbc.getIfAvailable();
        var redisDetails = redis.getIfAvailable();
        var standalone = redisDetails != null ? redisDetails.getStandalone() : null;
        log.info(
                "Quizhall is using {} PostgreSQL at {} and {} Redis at {}",
                database,
                jdbcDetails != null ? jdbcDetails.getJdbcUrl() : "?",
                cache,
                standalone != null ? standalone.getHost() + ":" + standalone.getPort() : "a sentinel or cluster");
    }
}
