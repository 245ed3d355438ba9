package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.GameEventLog;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The engine speaks in events: a game publishes GameStarted, a QuestionClosed per question and one GameFinished
 * with ids, and the result kept from it can be read back by id (players, options in the quiz's own order).
 */
@IntegrationTest
class GameEventsTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GameEventLog recorder;

    final List<StompClient> clients = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clients.forEach(StompClient::close);
    }

    @Test
    void aGamePublishesItsEventsAndItsResultKeepsIds() {
        Hosted game = track(GameFixtures.host(
                accounts, jdbc, api.baseUrl(), GameFixtures.everyKind(), ", \"randomizeAnswers\": true"));
        Player ada = track(GameFixtures.join(api, api.baseUrl(), game, "Ada"));
        Player bob = track(GameFixtures.join(api, api.baseUrl(), game, "Bob"));

        hostAction(game, "next");
        JsonNode abcd = ada.stomp().next(topic(game, "question")).json();
        answer(ada, game, 0, GameFixtures.idsOf(abcd, "Jupiter").get(0).toString());
        answer(bob, game, 0, GameFixtures.idsOf(abcd, "Venus").get(0).toString());
        game.stomp().next(topic(game, "results"));

        hostAction(game, "next");
        JsonNode check = ada.stomp().next(topic(game, "question")).json();
        answer(ada, game, 1, GameFixtures.idsOf(check, "7", "2").toString());
        answer(bob, game, 1, GameFixtures.idsOf(check, "4").toString());
        game.stomp().next(topic(game, "results"));

        hostAction(game, "next");
        ada.stomp().next(topic(game, "question"));
        answer(ada, game, 2, "1989");
        hostAction(game, "end");
        game.stomp().next(topic(game, "ended"));

        assertThat(recorder.of(GameStarted.class, game.gameId())).hasSize(1);
        assertThat(recorder.of(QuestionClosed.class, game.gameId()))
                .extracting(QuestionClosed::index)
                .containsExactly(0, 1, 2);
        GameFinished finished = recorder.of(GameFinished.class, game.gameId()).get(0);
        assertThat(finished.mode()).isEqualTo("classic");
        assertThat(finished.players()).extracting(GameFinished.Player::id).contains(ada.playerId(), bob.playerId());

        JsonNode result = game.host().get("/api/v1/results/" + game.gameId()).json();
        assertThat(result.get("mode").asString()).isEqualTo("classic");
        JsonNode players = result.get("players");
        assertThat(players.get(0).get("id").asString()).isEqualTo(ada.playerId().toString());
        assertThat(players.get(0).get("rank").asInt()).isEqualTo(1);
        var byQuestionAndPlayer = new java.util.HashMap<String, JsonNode>();
        result.get("answers")
                .forEach(answer -> byQuestionAndPlayer.put(
                        answer.get("question").asInt() + "/"
                                + answer.get("playerId").asString(),
                        answer));
        // Option ids are the quiz's own order (Jupiter 0, Mars 1, Venus 2), whatever order players saw.
        assertThat(byQuestionAndPlayer
                        .get("0/" + ada.playerId())
                        .get("optionIds")
                        .toString())
                .isEqualTo("[0]");
        assertThat(byQuestionAndPlayer
                        .get("0/" + bob.playerId())
                        .get("optionIds")
                        .toString())
                .isEqualTo("[2]");
        assertThat(byQuestionAndPlayer.get("0/" + bob.playerId()).get("answer").asString())
                .isEqualTo("Venus");
        JsonNode adaCheck = byQuestionAndPlayer.get("1/" + ada.playerId());
        assertThat(adaCheck.get("optionIds").toString()).isEqualTo("[0,2]");
        assertThat(adaCheck.get("answer").asString()).isEqualTo("2 | 7");
        assertThat(adaCheck.get("right").asBoolean()).isTrue();
        assertThat(byQuestionAndPlayer.get("2/" + ada.playerId()).get("value").asString())
                .isEqualTo("1989");

        // The play is counted once, after the result, by a listener the registry hands the event to.
        UUID quiz = jdbc.queryForObject("SELECT quiz_id FROM game_results WHERE id = ?", UUID.class, game.gameId());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("SELECT plays FROM quiz WHERE id = ?", Integer.class, quiz) == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
                                Integer.class,
                                "%" + game.gameId() + "%")
                        == 0);
    }

    private static void answer(Player player, Hosted game, int question, String json) {
        player.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/answer",
                        "{\"question\": %d, \"answer\": %s}".formatted(question, json));
        player.stomp().next("/user/queue/ack");
    }

    private static String topic(Hosted game, String name) {
        return "/topic/games." + game.gameId() + "." + name;
    }

    private Hosted track(Hosted game) {
        clients.add(game.stomp());
        return game;
    }

    private Player track(Player player) {
        clients.add(player.stomp());
        return player;
    }
}
