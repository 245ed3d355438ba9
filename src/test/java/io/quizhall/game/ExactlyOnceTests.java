package io.quizhall.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 500 players answer the same question at the same instant, each twice from each of two connections: exactly one
 * answer per player is recorded and scored, and every other attempt is refused.
 */
@IntegrationTest
class ExactlyOnceTests {

    static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    static final int PLAYERS = 500;

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void concurrentAndRepeatedAnswersAreRecordedExactlyOnce() throws Exception {
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, "");
        List<UUID> players = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            var joined = api.post(
                    "/api/v1/games/pin/" + game.pin() + "/join",
                    "application/json",
                    "{\"nickname\": \"p%d\"}".formatted(i));
            assertThat(joined.status()).isEqualTo(201);
            players.add(UUID.fromString(joined.json().get("playerId").asString()));
            tokens.add(joined.json().get("token").asString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<StompClient> connections = new ArrayList<>();
        try {
            List<Future<StompClient>> connecting = new ArrayList<>();
            for (int i = 0; i < PLAYERS * 2; i++) {
                String token = tokens.get(i % PLAYERS);
                connecting.add(pool.submit(() -> {
                    var client = StompClient.player(api.baseUrl(), token);
                    client.subscribe("/user/queue/ack");
                    client.subscribe("/user/queue/errors");
                    client.sync(game.gameId());
                    return client;
                }));
            }
            for (Future<StompClient> future : connecting) {
                connections.add(future.get());
            }
            GameFixtures.hostAction(game, "next");
            game.stomp().next("/topic/games." + game.gameId() + ".question");

            var start = new CountDownLatch(1);
            List<Future<?>> sending = new ArrayList<>();
            for (StompClient client : connections) {
                sending.add(pool.submit(() -> {
                    start.await();
                    client.send("/app/games/" + game.gameId() + "/answer", "{\"question\": 0, \"answer\": 0}");
                    client.send("/app/games/" + game.gameId() + "/answer", "{\"question\": 0, \"answer\": 0}");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : sending) {
                future.get();
            }

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> connections.stream().allMatch(client -> replies(client) == 2));
            Map<String, Integer> firsts = new ConcurrentHashMap<>();
            Map<String, Integer> repeats = new ConcurrentHashMap<>();
            Map<String, Set<Long>> elapsed = new ConcurrentHashMap<>();
            for (int i = 0; i < connections.size(); i++) {
                String player = players.get(i % PLAYERS).toString();
                for (StompClient.Frame frame : connections.get(i).frames()) {
                    assertThat(frame.destination())
                            .as("no refusals: a repeat is acknowledged")
                            .isNotEqualTo("/user/queue/errors");
                    if (frame.destination().equals("/user/queue/ack")) {
                        var ack = frame.json();
                        (ack.get("repeat").asBoolean() ? repeats : firsts).merge(player, 1, Integer::sum);
                        elapsed.computeIfAbsent(player, key -> ConcurrentHashMap.newKeySet())
                                .add(ack.get("elapsedMs").asLong());
                    }
                }
            }
            assertThat(firsts)
                    .hasSize(PLAYERS)
                    .allSatisfy((player, count) -> assertThat(count).isEqualTo(1));
            assertThat(repeats.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(PLAYERS * 3);
            assertThat(elapsed)
                    .as("every repeat carries the first answer's time")
                    .allSatisfy((player, times) -> assertThat(times).hasSize(1));

            String answersKey = "qh:game:{" + game.gameId() + "}:answers:0";
            String scoresKey = "qh:game:{" + game.gameId() + "}:scores";
            assertThat(redis.opsForHash().size(answersKey)).isEqualTo(PLAYERS);
            for (UUID player : players) {
                String stored = (String) redis.opsForHash().get(answersKey, player.toString());
                int points = JSON.readTree(stored).get("points").asInt();
                assertThat(points).isBetween(500, 1000);
                assertThat(redis.opsForZSet().score(scoresKey, player.toString()))
                        .isEqualTo((double) points);
            }
            var closed = game.stomp()
                    .next("/topic/games." + game.gameId() + ".results")
                    .json();
            assertThat(closed.get("answered").asInt())
                    .as("the question closed once everyone answered")
                    .isEqualTo(PLAYERS);
        } finally {
            connections.forEach(StompClient::close);
            game.stomp().close();
            pool.shutdownNow();
        }
    }

    private static long replies(StompClient client) {
        return client.frames().stream()
                .filter(frame -> frame.destination().equals("/user/queue/ack")
                        || frame.destination().equals("/user/queue/errors"))
                .count();
    }
}
