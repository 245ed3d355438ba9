package io.quizhall.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.RawStompClient;
import io.quizhall.support.Session;
import io.quizhall.support.StompClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node in its own JVM, on its embedded PostgreSQL and Redis, stopped with SIGTERM mid-game as an operator (or
 * Ctrl+C) does: its players are told to reconnect, and nothing fails on the way down because something it uses
 * stopped first (the embedded Redis used to stop from its own JVM shutdown hook while the timers still ran).
 */
class GracefulStopTests {

    @TempDir
    Path dataDir;

    @Test
    void sigtermTellsPlayersToReconnectAndStopsEverythingInOrder() {
        try (var node = NodeProcess.start(
                "graceful", dataDir.resolve("tmp"), List.of("--quizhall.data-dir=" + dataDir.resolve("data")))) {
            String url = node.url();
            var host = new Session(url);
            host.post("/api/v1/auth/register", """
                    {"email": "host@example.org", "username": "host", "password": "correct horse battery staple"}""");
            assertThat(host.post("/api/v1/auth/login", """
                    {"login": "host", "password": "correct horse battery staple"}""").status()).isEqualTo(200);
            var quiz = host.post("/api/v1/quizzes", """
                    {"title": "Stop", "questions": [{"type": "ABCD", "question": "One?", "time": 60, "hideResults": false,
                      "answers": [{"answer": "yes", "right": true}, {"answer": "no", "right": false}]}]}""");
            assertThat(quiz.status()).as(quiz.body()).isEqualTo(201);
            var created = host.post(
                            "/api/v1/games",
                            "{\"quizId\": \"%s\"}"
                                    .formatted(quiz.json().get("id").asString()))
                    .json();
            UUID game = UUID.fromString(created.get("gameId").asString());
            var hostStomp = StompClient.host(url, host.cookie("qh_session").orElseThrow());
            hostStomp.sync(game);
            String token = new Api(url)
                    .post(
                            "/api/v1/games/pin/" + created.get("pin").asString() + "/join",
                            "application/json",
                            "{\"nickname\": \"Ada\"}")
                    .json()
                    .get("token")
                    .asString();
            try (var player = RawStompClient.open(url)) {
                player.connect(Map.of("player-token", token));
                player.next("CONNECTED", Duration.ofSeconds(10));
                hostStomp.send("/app/games/" + game + "/host/next", "{}");
                hostStomp.subscribe("/topic/games." + game + ".question");

                int exit = node.terminate();

                assertThat(player.awaitClose(Duration.ofSeconds(10)).getCode())
                        .as("close code 1012, service restart: reconnect")
                        .isEqualTo(1012);
                assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            } finally {
                hostStomp.close();
            }
            List<String> output = node.output();
            assertThat(output).anyMatch(line -> line.contains("Live play stopped: 2 connections told to reconnect"));
            assertThat(output)
                    .as("no error and no warning of ours on the way down")
                    .noneMatch(line -> line.contains(" ERROR ")
                            || (line.contains(" WARN ") && line.matches(".*\\bio?\\.quizhall\\..*")));
        }
    }
}
