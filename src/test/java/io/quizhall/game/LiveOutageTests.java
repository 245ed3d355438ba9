package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.config.EmbeddedPostgresServer;
import io.quizhall.config.EmbeddedRedisServer;
import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.RawStompClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live play while PostgreSQL or Redis is down, with the embedded servers stopped and started again from the test:
 * nothing hangs, every frame gets an answer, health says so within two seconds, and a result that cannot be
 * written is kept and written once the database is back.
 */
@IntegrationTest
class LiveOutageTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedPostgresServer postgres;

    @Autowired
    EmbeddedRedisServer redis;

    final List<AutoCloseable> clients = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        if (!postgres.isRunning()) {
            postgres.start();
        }
        if (!redis.isRunning()) {
            redis.start();
        }
        for (AutoCloseable client : clients) {
            client.close();
        }
    }

    @Test
    void aResultThatCannotBeWrittenKeepsTheGameAndIsWrittenWhenTheDatabaseReturns() throws Exception {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        Player ada = track(GameFixtures.join(api, api.baseUrl(), game, "Ada"));
        hostAction(game, "next");
        ada.stomp().next(topic(game, "question"));
        ada.stomp().send(answer(game), "{\"question\": 0, \"answer\": 0}");
        ada.stomp().next("/user/queue/ack");
        game.stomp().next(topic(game, "results"));

        postgres.stop();
        long asked = System.nanoTime();
        var health = api.get("/actuator/health");
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().at("/components/db/status").asString()).isEqualTo("DOWN");
        assertThat(health.json().at("/components/redis/status").asString()).isEqualTo("UP");

        hostAction(game, "end");
        var refusal =
                game.stomp().next("/user/queue/errors", Duration.ofSeconds(8)).json();
        assertThat(refusal.get("code").asString()).isEqualTo("result_not_saved");
        assertThat(ada.stomp().sync(game.gameId()).get("status").asString())
                .as("the game is still there, and can be ended again")
                .isEqualTo("QUESTION_CLOSED");

        postgres.start();
        // The retry timer ends the game by itself once the database answers again.
        var ended =
                ada.stomp().next(topic(game, "ended"), Duration.ofSeconds(30)).json();
        assertThat(ended.get("players").asInt()).isEqualTo(1);
        var result = game.host().get("/api/v1/results/" + game.gameId());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("playerScores").get("Ada").asInt()).isPositive();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(api.get("/actuator/health").status()).isEqualTo(200));
    }

    @Test
    void whileRedisIsDownEveryFrameAndRequestGetsAnUnavailableAnswer() throws Exception {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        Player ada = track(GameFixtures.join(api, api.baseUrl(), game, "Ada"));

        redis.stop();
        try {
            game.stomp().send("/app/games/" + game.gameId() + "/sync", "{}");
            assertThat(game.stomp()
                            .next("/user/queue/errors", Duration.ofSeconds(5))
                            .json()
                            .get("code")
                            .asString())
                    .isEqualTo("unavailable");
            hostAction(game, "leaderboard");
            assertThat(game.stomp()
                            .next("/user/queue/errors", Duration.ofSeconds(5))
                            .json()
                            .get("code")
                            .asString())
                    .isEqualTo("unavailable");
            ada.stomp().send(answer(game), "{\"question\": 0, \"answer\": 0}");
            var answerRefused = ada.stomp()
                    .next("/user/queue/errors", Duration.ofSeconds(5))
                    .json();
            assertThat(answerRefused.get("code").asString()).isEqualTo("unavailable");
            assertThat(answerRefused.get("question").asInt()).isZero();

            var reconnecting = track(RawStompClient.open(api.baseUrl()));
            reconnecting.connect(Map.of("player-token", ada.token()));
            String error = reconnecting.next("ERROR", Duration.ofSeconds(5));
            assertThat(RawStompClient.header(error, "message")).startsWith("unavailable: ");

            long asked = System.nanoTime();
            var join = api.post(
                    "/api/v1/games/pin/" + game.pin() + "/join", "application/json", "{\"nickname\": \"Bob\"}");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(6));
            assertThat(join.status()).isEqualTo(503);
            assertThat(join.json().get("code").asString()).isEqualTo("service-unavailable");
            assertThat(join.headers().getFirst("Retry-After")).isEqualTo("5");
        } finally {
            redis.start();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            game.stomp().send("/app/games/" + game.gameId() + "/sync", "{}");
            assertThat(game.stomp()
                            .next("/user/queue/state", Duration.ofSeconds(3))
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("LOBBY");
        });
    }

    private static String topic(Hosted game, String name) {
        return "/topic/games." + game.gameId() + "." + name;
    }

    private static String answer(Hosted game) {
        return "/app/games/" + game.gameId() + "/answer";
    }

    private Hosted track(Hosted game) {
        clients.add(game.stomp());
        return game;
    }

    private Player track(Player player) {
        clients.add(player.stomp());
        return player;
    }

    private RawStompClient track(RawStompClient client) {
        clients.add(client);
        return client;
    }
}
