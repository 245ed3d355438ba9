package io.quizhall.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the zonky binaries when no {@code spring.datasource.url} is set, keeping
 * its data under {@code quizhall.data-dir}, and hands its address to Boot's DataSource auto-configuration.
 * The server is stopped when the context closes (after the pool, which depends on it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    static final String DATABASE = "quizhall";
    private static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "stop")
    EmbeddedPostgresServer embeddedPostgres(QuizhallProperties properties, EmbeddedServerProperties embedded)
            throws IOException, SQLException {
        Path dataDirectory = properties.resolve("postgres");
        Files.createDirectories(dataDirectory.getParent());
        boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        long started = System.nanoTime();
        var postgres = new EmbeddedPostgresServer(dataDirectory, FreePort.find(), embedded.postgresStartupWait());
        postgres.start();
        createDatabaseIfMissing(postgres.running().getPostgresDatabase());
        log.info(
                "Embedded PostgreSQL started on 127.0.0.1:{} in {} ms, {} data in {} "
                        + "(set SPRING_DATASOURCE_URL to use an external server instead)",
                postgres.port(),
                (System.nanoTime() - started) / 1_000_000,
                fresh ? "new" : "existing",
                dataDirectory);
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer postgres) {
        String url = postgres.jdbcUrl(SUPERUSER, DATABASE);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return SUPERUSER;
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static void createDatabaseIfMissing(DataSource postgresDatabase) throws SQLException {
        try (var connection = postgresDatabase.getConnection();
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        }
    }
}
