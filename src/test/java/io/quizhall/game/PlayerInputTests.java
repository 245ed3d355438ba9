package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.quiz.Question;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.util.MimeTypeUtils;

/** What players may send when joining and answering, and what a client that retries its sends gets back. */
@IntegrationTest
class PlayerInputTests {

    static final List<Question> CAPITAL = List.of(
            new Question.Text("Capital of France?", 30, null, false, List.of(new Question.TextAnswer("Paris", false))));

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    final List<StompClient> clients = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clients.forEach(StompClient::close);
    }

    @Test
    void aTextAnswerWithControlCharactersIsRefusedAndTheResultIsStillWritten() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), CAPITAL, ""));
        Player ada = track(GameFixtures.join(api, api.baseUrl(), game, "Ada"));
        Player bob = track(GameFixtures.join(api, api.baseUrl(), game, "Bob"));
        hostAction(game, "next");
        ada.stomp().next(topic(game, "question"));

        for (String bad : List.of("a\\u0000b", "\\u0007", "x\\u001b[31m", "\\ud800")) {
            ada.stomp().send(answer(game), "{\"question\": 0, \"answer\": \"%s\"}".formatted(bad));
            var refusal = ada.stomp().next("/user/queue/errors").json();
            assertThat(refusal.get("code").asString()).as(bad).isEqualTo("invalid_answer");
            assertThat(refusal.get("question").asInt()).isZero();
        }
        ada.stomp().send(answer(game), "{\"question\": 0, \"answer\": \"Par\\tis\"}");
        ada.stomp().next("/user/queue/ack");
        bob.stomp().send(answer(game), "{\"question\": 0, \"answer\": \"paris\"}");
        bob.stomp().next("/user/queue/ack");
        game.stomp().next(topic(game, "results"));
        hostAction(game, "end");
        game.stomp().next(topic(game, "ended"));

        var result = game.host().get("/api/v1/results/" + game.gameId());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("answers")).hasSize(2);
    }

    @Test
    void aRepeatedAnswerGetsTheOriginalAcknowledgementAndErrorsNameTheirSend() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        Player ada = track(GameFixtures.join(api, api.baseUrl(), game, "Ada"));
        track(GameFixtures.join(api, api.baseUrl(), game, "Bob"));
        hostAction(game, "next");
        ada.stomp().next(topic(game, "question"));

        send(ada.stomp(), answer(game), "{\"question\": 0, \"answer\": 0}", "first-try");
        var first = ada.stomp().next("/user/queue/ack").json();
        assertThat(first.get("repeat").asBoolean()).isFalse();
        assertThat(first.get("correlationId").asString()).isEqualTo("first-try");

        send(ada.stomp(), answer(game), "{\"question\": 0, \"answer\": 1}", "retry-1");
        var repeat = ada.stomp().next("/user/queue/ack").json();
        assertThat(repeat.get("repeat").asBoolean()).isTrue();
        assertThat(repeat.get("elapsedMs").asLong())
                .isEqualTo(first.get("elapsedMs").asLong());
        assertThat(repeat.get("correlationId").asString()).isEqualTo("retry-1");
        assertThat(repeat.has("points")).as("no correctness before closing").isFalse();

        hostAction(game, "close");
        ada.stomp().next(topic(game, "results"));
        send(ada.stomp(), answer(game), "{\"question\": 0, \"answer\": 0}", "after-close");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("repeat").asBoolean())
                .as("a retry that arrives after closing still finds the recorded answer")
                .isTrue();

        send(ada.stomp(), answer(game), "{\"question\": 1, \"answer\": \"early\"}", "too-early");
        var refused = ada.stomp().next("/user/queue/errors").json();
        assertThat(refused.get("code").asString()).isEqualTo("question_closed");
        assertThat(refused.get("question").asInt()).isEqualTo(1);
        assertThat(refused.get("correlationId").asString()).isEqualTo("too-early");

        send(ada.stomp(), answer(game), "{\"question\": 1, ", "broken");
        var unreadable = ada.stomp().next("/user/queue/errors").json();
        assertThat(unreadable.get("code").asString()).isEqualTo("invalid_message");
        assertThat(unreadable.get("correlationId").asString()).isEqualTo("broken");
    }

    @Test
    void customFieldErrorsHaveTheirOwnCodesAndNameTheLabel() {
        var host = accounts.newUser();
        var quiz = GameFixtures.quiz(jdbc, host.user().id(), CAPITAL);
        var tooLong = host.post(
                "/api/v1/games", "{\"quizId\": \"%s\", \"customField\": \"%s\"}".formatted(quiz, "ﷺ".repeat(4)));
        assertThat(tooLong.status())
                .as("the label grows beyond 60 characters when normalised")
                .isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asString()).isEqualTo("customField");

        var created = host.post("/api/v1/games", "{\"quizId\": \"%s\", \"customField\": \" Class \"}".formatted(quiz));
        String join = "/api/v1/games/pin/" + created.json().get("pin").asString() + "/join";
        var missing = api.post(join, "application/json", "{\"nickname\": \"Ada\", \"customField\": \"\\u200b \"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").asString()).isEqualTo("custom_field_required");
        assertThat(missing.json().get("detail").asString()).isEqualTo("Fill in “Class”.");
        var longValue = api.post(
                join,
                "application/json",
                "{\"nickname\": \"Ada\", \"customField\": \"%s\"}".formatted("x".repeat(101)));
        assertThat(longValue.status()).isEqualTo(400);
        assertThat(longValue.json().get("code").asString()).isEqualTo("invalid_custom_field");
        assertThat(longValue.json().get("detail").asString()).isEqualTo("“Class” has at most 100 characters.");
        var fine = api.post(join, "application/json", "{\"nickname\": \"Ada\", \"customField\": \" 5b\\t\"}");
        assertThat(fine.status()).isEqualTo(201);
    }

    @Test
    void textTalliesGroupAnswersTheWayTheyAreJudged() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), CAPITAL, ""));
        List<Player> players = new ArrayList<>();
        String[] answers = {"Paris", "paris", " PARIS ", "Lyon", "lyon"};
        for (int i = 0; i < answers.length; i++) {
            players.add(track(GameFixtures.join(api, api.baseUrl(), game, "P" + i)));
        }
        hostAction(game, "next");
        players.get(0).stomp().next(topic(game, "question"));
        for (int i = 0; i < answers.length; i++) {
            players.get(i).stomp().send(answer(game), "{\"question\": 0, \"answer\": \"%s\"}".formatted(answers[i]));
            players.get(i).stomp().next("/user/queue/ack");
        }
        var tallies = game.stomp().next(topic(game, "results")).json().get("tallies");
        assertThat(tallies.properties()).hasSize(2);
        assertThat(tallies.get("Paris").asInt())
                .as("right answers under the accepted answer")
                .isEqualTo(3);
        assertThat(tallies.get("Lyon").asInt())
                .as("wrong ones together, under one spelling")
                .isEqualTo(2);
    }

    private static void send(StompClient client, String destination, String json, String correlationId) {
        var headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.set("correlation-id", correlationId);
        client.send(headers, json);
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
}
