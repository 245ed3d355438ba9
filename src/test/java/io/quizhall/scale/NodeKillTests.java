package io.quizhall.scale;

import static io.quizhall.scale.Nodes.answer;
import static io.quizhall.scale.Nodes.host;
import static io.quizhall.scale.Nodes.subscribe;
import static io.quizhall.scale.Nodes.topic;
import static io.quizhall.scale.Nodes.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.QuizhallApplication;
import io.quizhall.config.EmbeddedPostgresServer;
import io.quizhall.config.EmbeddedRedisServer;
import io.quizhall.scale.Nodes.Fanout;
import io.quizhall.support.Api;
import io.quizhall.support.Session;
import io.quizhall.support.StompClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two application nodes on one PostgreSQL and one Redis, and node B dies mid-question the hard way: it runs in a
 * JVM process of its own and gets SIGKILL, so nothing of it shuts down gracefully. Its players reconnect to node A
 * with their tokens and play on; every answer acknowledged before the kill counts, exactly once, and the game ends
 * with the scores the acknowledgements imply. The relay transport needs a STOMP broker on 127.0.0.1:61613
 * (.ci/run enables the plugin of the machine's RabbitMQ); without one the test is skipped and says so.
 */
class NodeKillTests {

    static final int PLAYERS = 8;
    static final int[] LIMIT_MS = {60_000, 120_000};
    /** Wrong answers (player, question); every other answer is right. */
    static final Set<String> WRONG = Set.of("p3@0", "p4@0", "p3@1", "p6@1");
    /** Who answers question 2 before node B is killed: one on A, two on B. */
    static final Set<String> EARLY = Set.of("p0", "p1", "p3");
    /** How long to wait for any one message: generous, for a busy 2-core machine. */
    static final Duration WAIT = Duration.ofSeconds(30);

    /** A player: where they joined, their current connection and the elapsed times their answers were acked with. */
    static final class Player {
        final String name;
        final String token;
        final boolean onB;
        final Map<Integer, Long> ackedElapsed = new HashMap<>();
        StompClient stomp;

        Player(String name, String token, boolean onB, StompClient stomp) {
            this.name = name;
            this.token = token;
            this.onB = onB;
            this.stomp = stomp;
        }

        boolean right(int question) {
            return !WRONG.contains(name + "@" + question);
        }

        int answer(int question) {
            return right(question) ? 0 : 1;
        }

        /** Points for a question as answer.lua computes them from the acknowledged elapsed time. */
        int points(int question) {
            Long elapsed = ackedElapsed.get(question);
            return elapsed == null || !right(question) ? 0 : expectedPoints(elapsed, LIMIT_MS[question]);
        }

        int score(int upToQuestion) {
            int score = 0;
            for (int question = 0; question <= upToQuestion; question++) {
                score += points(question);
            }
            return score;
        }
    }

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext nodeA;
    NodeProcess nodeB;
    final List<StompClient> clients = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        try {
            clients.forEach(client -> {
                try {
                    client.close();
                } catch (RuntimeException alreadyGone) {
                    // A connection to the killed node cannot say goodbye.
                }
            });
        } finally {
            try {
                if (nodeB != null) {
                    nodeB.close();
                }
            } finally {
                if (nodeA != null) {
                    nodeA.close();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fanout.class)
    void playersOfAKilledNodeCarryOnOnTheOtherWithEveryAcknowledgedAnswer(Fanout transport) {
        startNodes(transport);
        String a = url(nodeA);
        String b = nodeB.url();
        var host = new Session(a);
        host.post("/api/v1/auth/register", """
                {"email": "host@example.org", "username": "host", "password": "correct horse battery staple"}""");
        assertThat(host.post("/api/v1/auth/login", """
                {"login": "host", "password": "correct horse battery staple"}""").status()).isEqualTo(200);
        UUID hostId =
                UUID.fromString(host.get("/api/v1/auth/me").json().get("id").asString());
        UUID quiz = UUID.randomUUID();
        var jdbc = nodeA.getBean(JdbcTemplate.class);
        jdbc.update("""
                INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, 'Node kill', ?::jsonb)""", quiz, hostId, """
                [{"type":"ABCD","question":"One?","time":%d,"hideResults":false,"answers":[{"answer":"yes","right":true},{"answer":"no","right":false}]},
                 {"type":"ABCD","question":"Two?","time":%d,"hideResults":false,"answers":[{"answer":"yes","right":true},{"answer":"no","right":false}]}]""".formatted(LIMIT_MS[0] / 1000, LIMIT_MS[1] / 1000));
        var created = host.post("/api/v1/games", "{\"quizId\": \"%s\"}".formatted(quiz))
                .json();
        UUID game = UUID.fromString(created.get("gameId").asString());
        String pin = created.get("pin").asString();
        var hostStomp = track(StompClient.host(a, host.cookie("qh_session").orElseThrow()));
        subscribe(hostStomp, game);
        hostStomp.sync(game);

        var players = new ArrayList<Player>();
        for (int i = 0; i < PLAYERS; i++) {
            boolean onB = i % 2 == 1;
            String node = onB ? b : a;
            var joined = new Api(node)
                    .post(
                            "/api/v1/games/pin/" + pin + "/join",
                            "application/json",
                            "{\"nickname\": \"p%d\"}".formatted(i))
                    .json();
            String token = joined.get("token").asString();
            var stomp = track(StompClient.player(node, token));
            subscribe(stomp, game);
            stomp.sync(game);
            players.add(new Player("p" + i, token, onB, stomp));
        }
        var onB = players.stream().filter(player -> player.onB).toList();

        // Question 1, played in full on both nodes: every answer acked, every player's result exact.
        hostStomp.send(host(game, "next"), "{}");
        awaitQuestion(players, game, 0);
        players.forEach(player -> sendAnswer(player, game, 0));
        players.forEach(player -> awaitAck(player, 0));
        awaitClosedOnce(hostStomp, players, game, 0);
        players.forEach(player -> assertPlayerResult(player, 0));

        // Question 2: one player on A and two on B answer and are acked; then node B is killed.
        hostStomp.send(host(game, "next"), "{}");
        awaitQuestion(players, game, 1);
        var early =
                players.stream().filter(player -> EARLY.contains(player.name)).toList();
        early.forEach(player -> sendAnswer(player, game, 1));
        early.forEach(player -> awaitAck(player, 1));
        assertThat(early).anyMatch(player -> player.onB);

        int exit = nodeB.kill();
        assertThat(nodeB.isAlive()).isFalse();
        assertThat(exit).as("exit code of the killed node").isNotZero();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(exit).as("128 + SIGKILL").isEqualTo(137);
        }
        for (var player : onB) {
            await().atMost(WAIT)
                    .alias(player.name + " notices that node B is gone")
                    .until(() -> !player.stomp.isConnected() || player.stomp.error() != null);
        }

        for (var player : onB) {
            player.stomp = track(StompClient.player(a, player.token));
            subscribe(player.stomp, game);
            JsonNode state = player.stomp.sync(game);
            assertThat(state.get("status").asString()).as(player.name).isEqualTo("QUESTION_OPEN");
            assertThat(state.get("currentQuestion").asInt()).as(player.name).isEqualTo(1);
            assertThat(state.get("answered").asBoolean())
                    .as("%s answered question 2 exactly if node B acknowledged it before it died", player.name)
                    .isEqualTo(player.ackedElapsed.containsKey(1));
            assertThat(state.get("score").asInt())
                    .as("%s's score (question 1 only while question 2 is open)", player.name)
                    .isEqualTo(player.score(0));
        }
        for (var player : onB) {
            if (player.ackedElapsed.containsKey(1)) {
                player.stomp.send(answer(game), "{\"question\": 1, \"answer\": %d}".formatted(1 - player.answer(1)));
                var repeat = player.stomp.next("/user/queue/ack", WAIT).json();
                assertThat(repeat.get("repeat").asBoolean())
                        .as("%s's answer acked by the dead node still holds", player.name)
                        .isTrue();
                assertThat(repeat.get("elapsedMs").asLong()).isEqualTo(player.ackedElapsed.get(1));
            }
        }
        var late = players.stream()
                .filter(player -> !player.ackedElapsed.containsKey(1))
                .toList();
        late.forEach(player -> sendAnswer(player, game, 1));
        late.forEach(player -> awaitAck(player, 1));
        awaitClosedOnce(hostStomp, players, game, 1);
        for (var player : players) {
            assertPlayerResult(player, 1);
            if (player.onB) {
                JsonNode state = player.stomp.sync(game);
                assertThat(state.get("status").asString()).as(player.name).isEqualTo("QUESTION_CLOSED");
                assertThat(state.get("answered").asBoolean()).as(player.name).isTrue();
                assertThat(state.get("score").asInt())
                        .as("%s's score", player.name)
                        .isEqualTo(player.score(1));
                assertThat(state.get("rank").asInt())
                        .as("%s's rank", player.name)
                        .isEqualTo(rank(players, player));
            }
        }

        hostStomp.send(host(game, "leaderboard"), "{}");
        for (var connection : connections(hostStomp, players)) {
            assertStandings(connection.next(topic(game, "leaderboard"), WAIT).json(), players);
        }
        hostStomp.send(host(game, "end"), "{}");
        for (var connection : connections(hostStomp, players)) {
            assertStandings(connection.next(topic(game, "ended"), WAIT).json(), players);
        }
        for (var player : players) {
            JsonNode standing = player.stomp.next("/user/queue/final", WAIT).json();
            if (player.onB) {
                assertThat(player.stomp.sync(game).get("status").asString())
                        .as(player.name)
                        .isEqualTo("FINISHED");
            }
            assertThat(standing.get("score").asInt())
                    .as("%s's final score", player.name)
                    .isEqualTo(player.score(1));
            assertThat(standing.get("rank").asInt())
                    .as("%s's final rank", player.name)
                    .isEqualTo(rank(players, player));
        }

        // The written result: every acknowledged answer exactly once, with the acknowledged time and points.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM game_results WHERE id = ?", Integer.class, game))
                .isEqualTo(1);
        var result = host.get("/api/v1/results/" + game).json();
        var seen = new HashSet<String>();
        var byName = new HashMap<String, Player>();
        players.forEach(player -> byName.put(player.name, player));
        for (JsonNode recorded : result.get("answers")) {
            int question = recorded.get("question").asInt();
            var player = byName.get(recorded.get("username").asString());
            assertThat(player).as("answer by a known player: %s", recorded).isNotNull();
            assertThat(seen.add(player.name + "@" + question))
                    .as("%s's answer to question %d recorded once", player.name, question + 1)
                    .isTrue();
            assertThat(recorded.get("timeTakenMs").asLong())
                    .as("%s@%d time", player.name, question)
                    .isEqualTo(player.ackedElapsed.get(question));
            assertThat(recorded.get("right").asBoolean())
                    .as("%s@%d right", player.name, question)
                    .isEqualTo(player.right(question));
            assertThat(recorded.get("score").asInt())
                    .as("%s@%d points", player.name, question)
                    .isEqualTo(player.points(question));
            if (player.right(question)) {
                assertThat(recorded.get("score").asInt()).isPositive();
            }
        }
        assertThat(seen).hasSize(PLAYERS * LIMIT_MS.length);
        for (var player : players) {
            assertThat(result.get("playerScores").get(player.name).asInt())
                    .as("%s's final score", player.name)
                    .isEqualTo(player.score(1));
        }
        var redis = nodeA.getBean(StringRedisTemplate.class);
        for (int question = 0; question < LIMIT_MS.length; question++) {
            assertThat(redis.opsForHash().size("qh:game:{" + game + "}:answers:" + question))
                    .as("answers to question %d in Redis", question + 1)
                    .isEqualTo(PLAYERS);
        }
        for (var player : players) {
            assertThat(player.stomp.frames())
                    .as("%s got no errors", player.name)
                    .filteredOn(frame -> frame.destination().equals("/user/queue/errors")
                            || frame.destination().equals("ERROR"))
                    .isEmpty();
        }
    }

    private void startNodes(Fanout transport) {
        transport.assumeAvailable("NodeKillTests (" + transport + ")");
        var argsA = transport.nodeArgs("--server.port=0", "--quizhall.data-dir=" + dataDir.resolve("node-a"));
        nodeA = new SpringApplicationBuilder(QuizhallApplication.class).run(argsA.toArray(String[]::new));
        int postgresPort = nodeA.getBean(EmbeddedPostgresServer.class).port();
        int redisPort = nodeA.getBean(EmbeddedRedisServer.class).port();
        nodeB = NodeProcess.start(
                "node-b", dataDir.resolve("node-b-tmp"), nodeBArgs(transport, postgresPort, redisPort));
    }

    /** Node B's command-line arguments: node A's PostgreSQL and Redis, its own data directory, the transport. */
    private List<String> nodeBArgs(Fanout transport, int postgresPort, int redisPort) {
        var args = transport.nodeArgs("--quizhall.data-dir=" + dataDir.resolve("node-b"));
        args.addAll(Nodes.sharedServers(postgresPort, redisPort));
        return args;
    }

    private static void awaitQuestion(List<Player> players, UUID game, int index) {
        for (var player : players) {
            assertThat(player.stomp
                            .next(topic(game, "question"), WAIT)
                            .json()
                            .get("index")
                            .asInt())
                    .as(player.name)
                    .isEqualTo(index);
        }
    }

    private static void sendAnswer(Player player, UUID game, int question) {
        player.stomp.send(
                answer(game), "{\"question\": %d, \"answer\": %d}".formatted(question, player.answer(question)));
    }

    private static void awaitAck(Player player, int question) {
        var ack = player.stomp.next("/user/queue/ack", WAIT).json();
        assertThat(ack.get("question").asInt()).as(player.name).isEqualTo(question);
        player.ackedElapsed.put(question, ack.get("elapsedMs").asLong());
    }

    /** The question closes once, and every connection (host and players) is told so. */
    private static void awaitClosedOnce(StompClient hostStomp, List<Player> players, UUID game, int index) {
        var connections = connections(hostStomp, players);
        for (var connection : connections) {
            var closed = connection.next(topic(game, "results"), WAIT).json();
            assertThat(closed.get("index").asInt()).isEqualTo(index);
            assertThat(closed.get("answered").asInt()).isEqualTo(PLAYERS);
        }
        for (var connection : connections) {
            assertThat(connection.poll(topic(game, "results"), Duration.ofMillis(300)))
                    .as("closed once")
                    .isNull();
        }
    }

    /** The player's own result matches their acknowledged answers. */
    private static void assertPlayerResult(Player player, int index) {
        var result = player.stomp.next("/user/queue/result", WAIT).json();
        assertThat(result.get("question").asInt()).as(player.name).isEqualTo(index);
        assertThat(result.get("answered").asBoolean()).as(player.name).isTrue();
        assertThat(result.get("right").asBoolean()).as(player.name).isEqualTo(player.right(index));
        assertThat(result.get("points").asInt()).as("%s's points", player.name).isEqualTo(player.points(index));
        assertThat(result.get("score").asInt()).as("%s's score", player.name).isEqualTo(player.score(index));
    }

    /** A Leaderboard or GameEnded lists every player (fewer than its size) with their expected score and rank. */
    private static void assertStandings(JsonNode standings, List<Player> players) {
        assertThat(standings.get("players").asInt()).isEqualTo(PLAYERS);
        var scores = new HashMap<String, Integer>();
        var ranks = new HashMap<String, Integer>();
        for (JsonNode entry : standings.get("top")) {
            scores.put(entry.get("nickname").asString(), entry.get("score").asInt());
            ranks.put(entry.get("nickname").asString(), entry.get("rank").asInt());
        }
        for (var player : players) {
            assertThat(scores.get(player.name)).as("%s's score", player.name).isEqualTo(player.score(1));
            assertThat(ranks.get(player.name)).as("%s's rank", player.name).isEqualTo(rank(players, player));
        }
    }

    /** Competition rank by final score ("1, 2, 2, 4"). */
    private static int rank(List<Player> players, Player player) {
        return 1
                + (int) players.stream()
                        .filter(other -> other.score(1) > player.score(1))
                        .count();
    }

    private static List<StompClient> connections(StompClient hostStomp, List<Player> players) {
        var connections = new ArrayList<StompClient>();
        connections.add(hostStomp);
        players.forEach(player -> connections.add(player.stomp));
        return connections;
    }

    /** answer.lua's formula, in the same floating-point steps: 1000 for an instant answer, 500 at the deadline. */
    static int expectedPoints(long elapsedMs, long limitMs) {
        return (int) Math.floor(1000 * (1 - (double) elapsedMs / limitMs / 2) + 0.5);
    }

    private StompClient track(StompClient client) {
        clients.add(client);
        return client;
    }
}
