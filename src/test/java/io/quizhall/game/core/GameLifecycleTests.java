package io.quizhall.game.core;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures;
import io.quizhall.game.GameRulesTests;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import io.quizhall.support.StompClient;
import io.quizhall.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** A host who drops out and comes back, a host who never comes back, and what Redis keeps afterwards. */
@IntegrationTest
class GameLifecycleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    TestClock clock;

    @Autowired
    GameTimers timers;

    @Autowired
    GameProperties properties;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aHostWhoReconnectsGetsTheSameGameBack() {
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, "");
        var ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        hostAction(game, "next");
        ada.stomp().next("/topic/games." + game.gameId() + ".question");
        game.stomp().close();

        try (var again =
                StompClient.host(api.baseUrl(), game.host().cookie("qh_session").orElseThrow())) {
            GameFixtures.subscribeAll(again, game.gameId());
            var state = again.sync(game.gameId());
            assertThat(state.get("status").asString()).isEqualTo("QUESTION_OPEN");
            assertThat(state.at("/question/index").asInt()).isZero();
            assertThat(state.get("players").asInt()).isEqualTo(1);
            var view = game.host().get("/api/v1/games/" + game.gameId()).json();
            assertThat(view.get("players").get(0).get("nickname").asString()).isEqualTo("Ada");

            again.send("/app/games/" + game.gameId() + "/host/close", "{}");
            assertThat(ada.stomp()
                            .next("/topic/games." + game.gameId() + ".results")
                            .json()
                            .get("index")
                            .asInt())
                    .isZero();
        } finally {
            ada.stomp().close();
        }
        assertThat(accounts.newUser().get("/api/v1/games/" + game.gameId()).status())
                .as("another user's game is not found")
                .isEqualTo(404);
    }

    @Test
    void aGameLeftIdleEndsByItselfAndKeepsItsResult() {
        clock.freeze();
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, "");
        var ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        hostAction(game, "next");
        ada.stomp().next("/topic/games." + game.gameId() + ".question");
        clock.advance(Duration.ofSeconds(1));
        ada.stomp().send("/app/games/" + game.gameId() + "/answer", "{\"question\": 0, \"answer\": 0}");
        ada.stomp().next("/user/queue/ack");
        game.stomp().close();

        clock.advance(properties.idleTimeout().plusMinutes(1));
        timers.endIdleGames();

        assertThat(ada.stomp()
                        .next("/topic/games." + game.gameId() + ".ended")
                        .json()
                        .get("podium")
                        .get(0)
                        .get("nickname")
                        .asString())
                .isEqualTo("Ada");
        assertThat(Rows.count(jdbc, "game_results", "id = ?", game.gameId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT player_scores->>'Ada' FROM game_results WHERE id = ?", String.class, game.gameId()))
                .isEqualTo("975");
        assertThat(api.get("/api/v1/games/pin/" + game.pin()).status())
                .as("the PIN is free again")
                .isEqualTo(404);
        for (String key : redis.keys("qh:game:{" + game.gameId() + "}:*")) {
            assertThat(redis.getExpire(key))
                    .as(key)
                    .isBetween(1L, properties.keepAfterEnd().toSeconds());
        }
        ada.stomp().close();
    }

    @Test
    void everyKeyOfARunningGameExpires() {
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, "");
        var ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        hostAction(game, "next");
        ada.stomp().next("/topic/games." + game.gameId() + ".question");
        ada.stomp().send("/app/games/" + game.gameId() + "/answer", "{\"question\": 0, \"answer\": 1}");
        ada.stomp().next("/user/queue/ack");

        var keys = redis.keys("qh:game:{" + game.gameId() + "}:*");
        assertThat(keys).hasSizeGreaterThanOrEqualTo(6);
        for (String key : keys) {
            assertThat(redis.getExpire(key)).as(key).isPositive();
        }
        assertThat(redis.getExpire("qh:pin:" + game.pin())).isPositive();
        ada.stomp().close();
        game.stomp().close();
    }
}
