package io.quizhall;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stops the whole application and starts it again on the same data directory. */
class RestartTests {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheDatabaseAndRedisData() {
        String instanceId;
        try (var first = start()) {
            instanceId =
                    api(first).get("/api/v1/instance").json().get("instanceId").asString();
            first.getBean(JdbcTemplate.class)
                    .update("INSERT INTO users (email, username) VALUES ('keep@example.org', 'keeper')");
            first.getBean(StringRedisTemplate.class).opsForValue().set("qh:test:restart", "still here");
        }

        try (var second = start()) {
            assertThat(api(second)
                            .get("/api/v1/instance")
                            .json()
                            .get("instanceId")
                            .asString())
                    .isEqualTo(instanceId);
            assertThat(second.getBean(JdbcTemplate.class)
                            .queryForObject("SELECT email FROM users WHERE username = 'keeper'", String.class))
                    .isEqualTo("keep@example.org");
            assertThat(second.getBean(StringRedisTemplate.class).opsForValue().get("qh:test:restart"))
                    .isEqualTo("still here");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, so they win over application.yml (default properties would not).
        return new SpringApplicationBuilder(QuizhallApplication.class)
                .run("--server.port=0", "--quizhall.data-dir=" + dataDir, "--logging.level.root=warn");
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Api("http://localhost:" + port);
    }
}
