package io.quizhall.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class InstanceApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void describesTheInstanceFromItsSingleRow() {
        var response = api.get("/api/v1/instance");

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        UUID stored = jdbc.queryForObject("SELECT instance_id FROM instance_data", UUID.class);
        assertThat(body.get("instanceId").asString()).isEqualTo(stored.toString());
        assertThat(body.get("version").asString()).isNotBlank();
        assertThat(body.get("createdAt").asString()).isNotBlank();
        assertThat(body.get("features").isObject()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM instance_data", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theInstanceTableHoldsOnlyOneRow() {
        var error = org.assertj.core.api.Assertions.catchThrowable(
                () -> jdbc.update("INSERT INTO instance_data DEFAULT VALUES"));
        assertThat(error).isNotNull();
    }
}
