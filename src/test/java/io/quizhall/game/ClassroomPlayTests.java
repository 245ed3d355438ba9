package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.quiz.Question;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The classroom's clock over real STOMP: the get-ready phase before answers open, and the host's pause. */
@IntegrationTest
class ClassroomPlayTests {

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

    private static List<Question> twoQuestions() {
        return List.of(GameFixtures.everyKind().get(0), GameFixtures.everyKind().get(0));
    }

    @Test
    void answersOpenAfterTheGetReadyPhaseAndTheDeadlineCountsFromThere() {
        long start = clock.freeze().toEpochMilli();
        Hosted game = GameFixtures.host(
                accounts, jdbc, api.baseUrl(), twoQuestions(), ", \"getReadySeconds\": 5, \"answersOnPhones\": false");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        JsonNode state = ada.stomp().sync(game.gameId());
        assertThat(state.get("answersOnPhones").asBoolean()).isFalse();

        hostAction(game, "next");
        JsonNode opened = ada.stomp().next(topic(game, "question")).json();
        assertThat(opened.get("serverTime").asLong()).isEqualTo(start);
        assertThat(opened.get("opensAt").asLong()).isEqualTo(start + 5_000);
        assertThat(opened.get("deadline").asLong()).isEqualTo(start + 25_000);
        assertThat(opened.has("paused")).isFalse();

        clock.advance(Duration.ofSeconds(4));
        answer(ada, 0, "0");
        JsonNode early = ada.stomp().next("/user/queue/errors").json();
        assertThat(early.get("code").asString()).isEqualTo("answers_not_open");

        clock.advance(Duration.ofSeconds(3));
        answer(ada, 0, "0");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("elapsedMs").asLong())
                .as("measured from the opening of the answers")
                .isEqualTo(2_000);
        JsonNode result = ada.stomp().next("/user/queue/result").json();
        assertThat(result.get("points").asInt()).isEqualTo(950);
        closeAll(game, ada);
    }

    @Test
    void pauseStopsTheClockOnTheServerAndResumeMovesTheDeadline() {
        long start = clock.freeze().toEpochMilli();
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), twoQuestions(), "");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        Player bob = GameFixtures.join(api, api.baseUrl(), game, "Bob");
        hostAction(game, "next");
        JsonNode opened = ada.stomp().next(topic(game, "question")).json();
        assertThat(opened.get("opensAt").asLong()).isEqualTo(start);
        assertThat(opened.get("deadline").asLong()).isEqualTo(start + 20_000);

        clock.advance(Duration.ofSeconds(3));
        hostAction(game, "pause");
        JsonNode paused = ada.stomp().next(topic(game, "clock")).json();
        assertThat(paused.get("paused").asBoolean()).isTrue();
        assertThat(paused.get("remainingMs").asLong()).isEqualTo(17_000);
        assertThat(paused.get("question").asInt()).isZero();
        assertThat(bob.stomp().next(topic(game, "clock")).json().get("paused").asBoolean())
                .isTrue();

        answer(ada, 0, "0");
        assertThat(ada.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("question_paused");
        hostAction(game, "pause");
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("invalid_action");

        // Far past the original deadline: the timer leaves a paused question open.
        clock.advance(Duration.ofSeconds(60));
        assertThat(ada.stomp().poll(topic(game, "results"), Duration.ofMillis(400)))
                .isNull();
        JsonNode synced = bob.stomp().sync(game.gameId()).get("question");
        assertThat(synced.get("paused").asBoolean()).isTrue();
        assertThat(synced.get("remainingMs").asLong()).isEqualTo(17_000);

        hostAction(game, "resume");
        JsonNode resumed = bob.stomp().next(topic(game, "clock")).json();
        assertThat(resumed.get("paused").asBoolean()).isFalse();
        assertThat(resumed.get("deadline").asLong()).isEqualTo(start + 80_000);
        assertThat(resumed.get("opensAt").asLong()).isEqualTo(start + 60_000);
        assertThat(resumed.get("remainingMs").asLong()).isEqualTo(17_000);
        assertThat(bob.stomp().sync(game.gameId()).get("question").has("paused"))
                .isFalse();

        clock.advance(Duration.ofSeconds(1));
        answer(ada, 0, "0");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("elapsedMs").asLong())
                .as("the pause does not count")
                .isEqualTo(4_000);

        // The moved deadline closes the question (Bob never answers).
        clock.advance(Duration.ofSeconds(16));
        JsonNode closed = bob.stomp().next(topic(game, "results")).json();
        assertThat(closed.get("answered").asInt()).isEqualTo(1);
        assertThat(ada.stomp().next("/user/queue/result").json().get("points").asInt())
                .isEqualTo(900);

        hostAction(game, "resume");
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("invalid_action");
        closeAll(game, ada, bob);
    }

    private static void answer(Player player, int question, String value) {
        player.stomp()
                .send(
                        "/app/games/" + player.token().substring(0, 36) + "/answer",
                        "{\"question\": %d, \"answer\": %s}".formatted(question, value));
    }

    private static String topic(Hosted game, String name) {
        return "/topic/games." + game.gameId() + "." + name;
    }

    private static void closeAll(Hosted game, Player... players) {
        for (Player player : players) {
            player.stomp().close();
        }
        game.stomp().close();
    }
}
