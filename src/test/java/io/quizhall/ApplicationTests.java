package io.quizhall;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.config.EmbeddedPostgresServer;
import io.quizhall.config.EmbeddedRedisServer;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.io.File;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationTests {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedPostgresServer postgres;

    @Autowired
    EmbeddedRedisServer redis;

    @Autowired
    SessionFactory sessionFactory;

    @Test
    void startsOnEmbeddedPostgresAndRedisInTheConfiguredDataDirectory() {
        assertThat(redis.isRunning()).isTrue();
        assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
        assertThat(jdbc.queryForObject("SHOW data_directory", String.class))
                .contains("target" + File.separator + "test-data")
                .endsWith("postgres");
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class))
                .isEqualTo("quizhall");
        assertThat(postgres.port()).isNotIn(5432);
        assertThat(redis.port()).isNotEqualTo(6379);
    }

    @Test
    void appliesEveryFlywayMigration() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        // SQL scripts, and Java migrations (package db.migration) where a conversion walks JSON documents.
        int scripts = resolver.getResources("classpath*:db/migration/V*__*.sql").length
                + resolver.getResources("classpath*:db/migration/V*__*.class").length;
        List<Boolean> applied =
                jdbc.queryForList("SELECT success FROM flyway_schema_history WHERE version IS NOT NULL", Boolean.class);
        assertThat(applied).hasSize(scripts).containsOnly(true);
    }

    @Test
    void hibernateValidatedAnEntityForEveryTable() {
        var entities = sessionFactory.getMetamodel().getEntities().stream()
                .map(entity -> entity.getJavaType().getSimpleName())
                .toList();
        assertThat(entities)
                .containsExactlyInAnyOrder(
                        "User",
                        "UserSession",
                        "ApiKey",
                        "FidoCredential",
                        "BackupCode",
                        "UserIdentity",
                        "Quiz",
                        "Rating",
                        "GameResult",
                        "QuizTivity",
                        "QuizTivityShare",
                        "StorageItem",
                        "RemoteController",
                        "ControllerSetup",
                        "InstanceData",
                        "LadderRun",
                        "RunStep",
                        "Event",
                        "EventSession",
                        "EventRegistration",
                        "QuizReport",
                        "NotificationPlatform",
                        "NotificationSubscription",
                        "Hunt",
                        "HuntPuzzle",
                        "HuntTeam",
                        "HuntRanking",
                        "HuntAnnouncement",
                        "HintRequest");
    }

    @Test
    void healthIsUpWithDatabaseAndRedisComponents() {
        var response = api.get("/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        var health = response.json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/redis/status").asString()).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsToAdministratorsOnly() {
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(accounts.newUser().get("/actuator/prometheus").status()).isEqualTo(403);

        var response = accounts.newAdmin().get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void servesTheOpenApiDocument() {
        var response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        var document = response.json();
        assertThat(document.at("/paths/~1api~1v1~1instance/get").isObject()).isTrue();
        for (String path : new String[] {
            "/api/v1/auth/register",
            "/api/v1/auth/login",
            "/api/v1/auth/me",
            "/api/v1/auth/sessions",
            "/api/v1/api-keys",
            "/api/v1/account/password",
            "/api/v1/users/{id}/avatar",
            "/api/v1/auth/login/second-factor",
            "/api/v1/auth/passkey/options",
            "/api/v1/auth/passkey",
            "/api/v1/auth/providers",
            "/api/v1/account/reauthenticate",
            "/api/v1/account/second-factors",
            "/api/v1/account/totp/setup",
            "/api/v1/account/totp/confirm",
            "/api/v1/account/backup-codes",
            "/api/v1/account/passkeys",
            "/api/v1/account/passkeys/{id}",
            "/api/v1/account/identities",
            "/api/v1/account/identities/{provider}/link"
        }) {
            assertThat(document.get("paths").has(path)).as(path).isTrue();
        }
        assertThat(document.at("/components/schemas/RegisterRequest/properties/username")
                        .isObject())
                .isTrue();
        assertThat(document.at("/components/securitySchemes/apiKey/scheme").asString())
                .isEqualTo("bearer");
    }
}
