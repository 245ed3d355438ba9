package io.quizhall.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** PIN guessing and join floods from one address are cut off (limits lowered so the test stays small). */
@IntegrationTest
@TestPropertySource(properties = {"quizhall.game.joins-per-minute=3", "quizhall.game.pin-lookups-per-minute=5"})
class GameRateLimitTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pinGuessingIsLimitedPerAddress() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/games/pin/%06d".formatted(i)).status()).isEqualTo(404);
        }

        var limited = api.get("/api/v1/games/pin/000009");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().getFirst("Retry-After")).isNotBlank();
        assertThat(limited.json().get("code").asString()).isEqualTo("too-many-requests");
    }

    @Test
    void joinFloodsAreLimitedPerAddress() {
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, "");
        String join = "/api/v1/games/pin/" + game.pin() + "/join";
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(join, "application/json", "{\"nickname\": \"bot%d\"}".formatted(i))
                            .status())
                    .isEqualTo(201);
        }

        var flood = api.post(join, "application/json", "{\"nickname\": \"bot9\"}");

        assertThat(flood.status()).isEqualTo(429);
        assertThat(game.host()
                        .get("/api/v1/games/" + game.gameId())
                        .json()
                        .get("players")
                        .size())
                .isEqualTo(3);
        game.stomp().close();
    }
}
