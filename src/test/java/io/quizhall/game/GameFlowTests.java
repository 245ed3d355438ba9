package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static io.quizhall.game.GameFixtures.idsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import io.quizhall.support.StompClient;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A whole game over real STOMP connections: a host, three players, one question of every kind. */
@IntegrationTest
class GameFlowTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWholeGameScoresEveryKindAndRecordsTheResultOnce() {
        clock.freeze();
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameFixtures.everyKind(), "");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        Player bob = GameFixtures.join(api, api.baseUrl(), game, "Bob");
        Player cy = GameFixtures.join(api, api.baseUrl(), game, "Cy");
        assertThat(game.stomp().next("/user/queue/host").json().get("players").asInt())
                .isBetween(1, 3);

        // ABCD: the first option (Jupiter) is right.
        play(game, List.of(ada, bob, cy), opened -> Map.of(ada, "0", bob, "1", cy, "0"));
        // CHECK: {2, 7}.
        play(game, List.of(ada, bob, cy), opened -> Map.of(ada, "[0,2]", bob, "[0]", cy, "[2,0]"));
        // RANGE: [1988, 1990].
        play(game, List.of(ada, bob, cy), opened -> Map.of(ada, "1989", bob, "1995", cy, "1988"));
        // VOTING: no right answer, no points.
        play(game, List.of(ada, bob, cy), opened -> Map.of(ada, "0", bob, "1", cy, "1"));
        // ORDER: Atom, Cell, Planet — shown shuffled, answered by id.
        play(game, List.of(ada, bob, cy), opened -> {
            String right = idsOf(opened, "Atom", "Cell", "Planet").toString();
            String wrong = idsOf(opened, "Planet", "Cell", "Atom").toString();
            return Map.of(ada, right, bob, wrong, cy, right);
        });
        // TEXT: "Aurum-secret" is case-sensitive, "gold-secret" is not.
        play(
                game,
                List.of(ada, bob, cy),
                opened -> Map.of(ada, "\"Aurum-secret\"", bob, "\"aurum-secret\"", cy, "\"  GOLD-secret \""));

        // SLIDE: shown, takes no answers, closed by the host.
        hostAction(game, "next");
        JsonNode slide = ada.stomp().next(topic(game, "question")).json();
        assertThat(slide.get("type").asString()).isEqualTo("SLIDE");
        hostAction(game, "close");
        assertThat(ada.stomp().next(topic(game, "results")).json().get("type").asString())
                .isEqualTo("SLIDE");

        hostAction(game, "end");
        JsonNode ended = cy.stomp().next(topic(game, "ended")).json();
        assertThat(ended.get("podium").get(0).get("nickname").asString()).isEqualTo("Ada");
        assertThat(ended.get("podium").get(0).get("score").asInt()).isEqualTo(4750);
        assertThat(ended.get("podium").get(1).get("nickname").asString()).isEqualTo("Cy");
        assertThat(ended.get("podium").get(1).get("score").asInt()).isEqualTo(4500);
        JsonNode bobFinal = bob.stomp().next("/user/queue/final").json();
        assertThat(bobFinal.get("rank").asInt()).isEqualTo(3);
        assertThat(bobFinal.get("score").asInt()).isZero();

        var result = game.host().get("/api/v1/results/" + game.gameId());
        assertThat(result.status()).isEqualTo(200);
        JsonNode recorded = result.json();
        assertThat(recorded.get("playerScores").get("Ada").asInt()).isEqualTo(4750);
        assertThat(recorded.get("playerScores").get("Bob").asInt()).isZero();
        assertThat(recorded.get("playerScores").get("Cy").asInt()).isEqualTo(4500);
        assertThat(recorded.get("playerCount").asInt()).isEqualTo(3);
        assertThat(recorded.get("answers").size()).isEqualTo(18);
        assertThat(recorded.get("questions").size()).isEqualTo(7);
        assertThat(recorded.get("answers")
                        .valueStream()
                        .filter(answer -> answer.get("username").asString().equals("Cy"))
                        .mapToLong(answer -> answer.get("timeTakenMs").asLong())
                        .distinct()
                        .boxed()
                        .toList())
                .containsExactly(4000L);
        assertThat(Rows.count(jdbc, "game_results", "id = ?", game.gameId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT plays FROM quiz WHERE id = (SELECT quiz_id FROM game_results WHERE id = ?)",
                        Integer.class,
                        game.gameId()))
                .isEqualTo(1);

        hostAction(game, "end");
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("game_over");
        assertThat(Rows.count(jdbc, "game_results", "id = ?", game.gameId()))
                .as("written once")
                .isEqualTo(1);
        List.of(ada, bob, cy).forEach(player -> player.stomp().close());
        game.stomp().close();
    }

    /**
     * Opens the next question; Ada and Bob answer 2 s after it opened, Cy after 4 s; checks acks, the automatic
     * close once everyone answered, and each player's result: right answers score round(1000 × (1 − t / 20 s / 2)).
     */
    private void play(Hosted game, List<Player> players, Function<JsonNode, Map<Player, String>> answers) {
        hostAction(game, "next");
        JsonNode opened = null;
        for (Player player : players) {
            opened = player.stomp().next(topic(game, "question")).json();
        }
        int index = opened.get("index").asInt();
        Map<Player, String> chosen = answers.apply(opened);
        clock.advance(Duration.ofSeconds(2));
        for (Player player : players) {
            if (player.nickname().equals("Cy")) {
                clock.advance(Duration.ofSeconds(2));
            }
            player.stomp()
                    .send(
                            "/app/games/" + game.gameId() + "/answer",
                            "{\"question\": %d, \"answer\": %s}".formatted(index, chosen.get(player)));
            JsonNode ack = player.stomp().next("/user/queue/ack").json();
            assertThat(ack.get("question").asInt()).isEqualTo(index);
            assertThat(ack.get("elapsedMs").asLong())
                    .isEqualTo(player.nickname().equals("Cy") ? 4000 : 2000);
        }
        JsonNode closed = players.get(0).stomp().next(topic(game, "results")).json();
        assertThat(closed.get("index").asInt()).isEqualTo(index);
        assertThat(closed.get("answered").asInt()).isEqualTo(3);
        boolean voting = opened.get("type").asString().equals("VOTING");
        for (Player player : players) {
            JsonNode result = player.stomp().next("/user/queue/result").json();
            assertThat(result.get("question").asInt()).isEqualTo(index);
            int expected = voting || player.nickname().equals("Bob")
                    ? 0
                    : player.nickname().equals("Ada") ? 950 : 900;
            assertThat(result.get("points").asInt())
                    .as("%s on question %d", player.nickname(), index)
                    .isEqualTo(expected);
            assertThat(result.get("right").asBoolean()).isEqualTo(expected > 0);
        }
    }

    private static String topic(Hosted game, String name) {
        return "/topic/games." + game.gameId() + "." + name;
    }

    static void closeAll(List<StompClient> clients) {
        clients.forEach(StompClient::close);
    }
}
