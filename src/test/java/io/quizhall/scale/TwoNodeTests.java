package io.quizhall.scale;

import static io.quizhall.scale.Nodes.answer;
import static io.quizhall.scale.Nodes.subscribe;
import static io.quizhall.scale.Nodes.topic;
import static io.quizhall.scale.Nodes.url;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one PostgreSQL and one Redis: the host on node A, players split across A and B, playing
 * as two teams (the host moves a player on B to the other team). Run once
 * with the Redis pub/sub fan-out (always) and once relaying broadcasts through RabbitMQ's STOMP plugin, which needs
 * a STOMP broker on 127.0.0.1:61613 (.ci/run enables the plugin of the machine's RabbitMQ); without one that run is
 * skipped and says so.
 */
class TwoNodeTests {

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    final List<StompClient> clients = new ArrayList<>();

    void startTwoNodes(Fanout fanout) {
        fanout.assumeAvailable("TwoNodeTests (" + fanout + ")");
        nodeA = new SpringApplicationBuilder(QuizhallApplication.class)
                .run(fanout.nodeArgs("--server.port=0", "--quizhall.data-dir=" + dataDir)
                        .toArray(String[]::new));
        int postgresPort = nodeA.getBean(EmbeddedPostgresServer.class).port();
        int redisPort = nodeA.getBean(EmbeddedRedisServer.class).port();
        var argsB = fanout.nodeArgs("--server.port=0", "--quizhall.data-dir=" + dataDir.resolve("node-b"));
        argsB.addAll(Nodes.sharedServers(postgresPort, redisPort));
        nodeB = new SpringApplicationBuilder(QuizhallApplication.class).run(argsB.toArray(String[]::new));
    }

    @AfterEach
    void stopNodes() {
        clients.forEach(StompClient::close);
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @ParameterizedTest(name = "fan-out through {0}")
    @EnumSource(Fanout.class)
    void playersOnBothNodesPlayOneGameAndSurviveALostNode(Fanout fanout) {
        startTwoNodes(fanout);
        String a = url(nodeA);
        String b = url(nodeB);
        var host = new Session(a);
        host.post("/api/v1/auth/register", """
                {"email": "host@example.org", "username": "host", "password": "correct horse battery staple"}""");
        assertThat(host.post("/api/v1/auth/login", """
                {"login": "host", "password": "correct horse battery staple"}""").status()).isEqualTo(200);
        UUID hostId =
                UUID.fromString(host.get("/api/v1/auth/me").json().get("id").asString());
        UUID quiz = UUID.randomUUID();
        nodeA.getBean(JdbcTemplate.class).update("""
                INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, 'Two nodes', ?::jsonb)""", quiz, hostId, """
                [{"type":"ABCD","question":"One?","time":30,"hideResults":false,"answers":[{"answer":"yes","right":true},{"answer":"no","right":false}]},
                 {"type":"ABCD","question":"Two?","time":5,"hideResults":false,"answers":[{"answer":"yes","right":true},{"answer":"no","right":false}]},
                 {"type":"ABCD","question":"Three?","time":60,"hideResults":false,"answers":[{"answer":"yes","right":true},{"answer":"no","right":false}]}]""");
        // A team game: teams are counted in Redis and standings sent from whichever node closes a question.
        var created = host.post(
                        "/api/v1/games",
                        "{\"quizId\": \"%s\", \"teams\": [\"Red\", \"Blue\"], \"teamAssignment\": \"choose\"}"
                                .formatted(quiz))
                .json();
        UUID game = UUID.fromString(created.get("gameId").asString());
        String pin = created.get("pin").asString();
        var hostStomp = track(StompClient.host(a, host.cookie("qh_session").orElseThrow()));
        subscribe(hostStomp, game);
        hostStomp.sync(game);

        record Player(String name, UUID id, String token, String node, StompClient stomp, List<StompClient> extra) {}
        var players = new ArrayList<Player>();
        for (int i = 0; i < 6; i++) {
            String node = i % 2 == 0 ? a : b;
            var joined = new Api(node)
                    .post(
                            "/api/v1/games/pin/" + pin + "/join",
                            "application/json",
                            "{\"nickname\": \"p%d\", \"team\": %d}".formatted(i, i / 2 % 2))
                    .json();
            String token = joined.get("token").asString();
            var stomp = track(StompClient.player(node, token));
            subscribe(stomp, game);
            stomp.sync(game);
            players.add(new Player(
                    "p" + i,
                    UUID.fromString(joined.get("playerId").asString()),
                    token,
                    node,
                    stomp,
                    new ArrayList<>()));
        }
        // Red: p0, p1, p4, p5; Blue: p2, p3. The host on A moves p1, who plays on B, to Blue; B's connection hears it.
        hostStomp.send(
                "/app/games/" + game + "/host/team",
                "{\"playerId\": \"%s\", \"team\": 1}".formatted(players.get(1).id()));
        assertThat(players.get(1)
                        .stomp()
                        .next("/user/queue/state")
                        .json()
                        .get("team")
                        .get("name")
                        .asString())
                .isEqualTo("Blue");

        // Question 1: everyone answers, those on B twice and from a second connection on A as well.
        hostStomp.send("/app/games/" + game + "/host/next", "{}");
        for (var player : players) {
            assertThat(player.stomp()
                            .next(topic(game, "question"))
                            .json()
                            .get("index")
                            .asInt())
                    .isZero();
        }
        for (var player : players) {
            player.stomp().send(answer(game), "{\"question\": 0, \"answer\": 0}");
            if (player.node().equals(b)) {
                player.stomp().send(answer(game), "{\"question\": 0, \"answer\": 0}");
                var second = track(StompClient.player(a, player.token()));
                player.extra().add(second);
                second.subscribe("/user/queue/errors");
                second.subscribe("/user/queue/result");
                second.sync(game);
                second.send(answer(game), "{\"question\": 0, \"answer\": 1}");
            }
        }
        for (var player : players) {
            boolean first =
                    player.stomp().next("/user/queue/ack").json().get("repeat").asBoolean();
            if (player.node().equals(b)) {
                // The original and the repeat are acknowledged; which arrives first is not promised: the repeat
                // from the second connection on A may overtake the original's ack through the broker.
                boolean second = player.stomp()
                        .next("/user/queue/ack")
                        .json()
                        .get("repeat")
                        .asBoolean();
                assertThat(List.of(first, second))
                        .as("%s's sends are acknowledged once as the answer and once as a repeat", player.name())
                        .containsExactlyInAnyOrder(false, true);
            } else {
                assertThat(first).isFalse();
            }
            // A player connected on both nodes gets personal messages on the connection the sending node
            // knows of (the user registry is shared with a delay); with one connection that is always it.
            var connections = new ArrayList<>(player.extra());
            connections.add(player.stomp());
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> connections.stream()
                            .anyMatch(connection -> connection.frames().stream()
                                    .anyMatch(frame -> frame.destination().equals("/user/queue/result"))));
            var result = connections.stream()
                    .flatMap(connection -> connection.frames().stream())
                    .filter(frame -> frame.destination().equals("/user/queue/result"))
                    .findFirst()
                    .orElseThrow()
                    .json();
            assertThat(result.get("right").asBoolean()).as(player.name()).isTrue();
            assertThat(result.get("team").get("name").asString())
                    .as(player.name())
                    .isEqualTo(List.of(0, 4, 5).contains(players.indexOf(player)) ? "Red" : "Blue");
            var closed = player.stomp().next(topic(game, "results")).json();
            assertThat(closed.get("answered").asInt()).isEqualTo(6);
            assertThat(closed.get("teams")
                            .valueStream()
                            .map(team -> team.get("name").asString() + "/"
                                    + team.get("members").asInt())
                            .toList())
                    .as("the same team standings on both nodes")
                    .containsExactlyInAnyOrder("Red/3", "Blue/3");
        }
        String answers = "qh:game:{" + game + "}:answers:0";
        var redis = nodeA.getBean(org.springframework.data.redis.core.StringRedisTemplate.class);
        assertThat(redis.opsForHash().size(answers))
                .as("exactly once across nodes")
                .isEqualTo(6);

        // Question 2: nobody answers; both nodes' timers see the deadline, one closes it.
        hostStomp.send("/app/games/" + game + "/host/next", "{}");
        for (var player : players) {
            player.stomp().next(topic(game, "question"));
        }
        for (var player : players) {
            assertThat(player.stomp()
                            .next(topic(game, "results"), Duration.ofSeconds(15))
                            .json()
                            .get("index")
                            .asInt())
                    .isEqualTo(1);
            assertThat(player.stomp().poll(topic(game, "results"), Duration.ofMillis(300)))
                    .as("closed once")
                    .isNull();
        }

        // Question 3: players of B answer, then node B goes away; they reconnect to A and the game goes on.
        hostStomp.send("/app/games/" + game + "/host/next", "{}");
        for (var player : players) {
            player.stomp().next(topic(game, "question"));
        }
        var onB = players.stream().filter(player -> player.node().equals(b)).toList();
        onB.get(0).stomp().send(answer(game), "{\"question\": 2, \"answer\": 0}");
        assertThat(onB.get(0)
                        .stomp()
                        .next("/user/queue/ack")
                        .json()
                        .get("question")
                        .asInt())
                .isEqualTo(2);
        nodeB.close();
        nodeB = null;
        for (var player : onB) {
            var back = track(StompClient.player(a, player.token()));
            subscribe(back, game);
            var state = back.sync(game);
            assertThat(state.get("status").asString()).isEqualTo("QUESTION_OPEN");
            assertThat(state.get("answered").asBoolean())
                    .as("%s's acknowledged answer survived the node", player.name())
                    .isEqualTo(player == onB.get(0));
            if (player != onB.get(0)) {
                back.send(answer(game), "{\"question\": 2, \"answer\": 0}");
                back.next("/user/queue/ack");
            }
        }
        hostStomp.send("/app/games/" + game + "/host/end", "{}");
        hostStomp.next(topic(game, "ended"));

        var jdbc = nodeA.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM game_results WHERE id = ?", Integer.class, game))
                .isEqualTo(1);
        var stored = host.get("/api/v1/results/" + game).json();
        assertThat(stored.get("answers").size()).isEqualTo(6 + 3);
        assertThat(stored.get("mode").asString()).isEqualTo("team");
        assertThat(stored.get("teams")
                        .valueStream()
                        .map(team -> team.get("name").asString() + "/"
                                + team.get("members").size())
                        .toList())
                .containsExactlyInAnyOrder("Red/3", "Blue/3");
    }

    private StompClient track(StompClient client) {
        clients.add(client);
        return client;
    }
}
