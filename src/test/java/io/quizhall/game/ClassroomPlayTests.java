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
import java.util.UUID;
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
        assertThat(opened.has("timeLimit"))
                .as("a normal time limit is not mentioned")
                .isFalse();

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
        assertThat(result.get("streak").asInt()).isEqualTo(1);
        assertThat(result.get("streakBonus").asInt())
                .as("no bonus unless the host turns it on")
                .isZero();
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

    @Test
    void aPlayerGivenExtraTimeAnswersAfterTheDeadlineAndTheQuestionWaitsForThem() {
        clock.freeze();
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), twoQuestions(), "");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        Player bob = GameFixtures.join(api, api.baseUrl(), game, "Bob");
        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/host/extra",
                        "{\"playerId\": \"%s\", \"seconds\": 30}".formatted(ada.playerId()));
        assertThat(ada.stomp()
                        .next("/user/queue/state")
                        .json()
                        .get("extraTimeMs")
                        .asLong())
                .isEqualTo(30_000);
        assertThat(bob.stomp().sync(game.gameId()).has("extraTimeMs")).isFalse();
        JsonNode view = game.host().get("/api/v1/games/" + game.gameId()).json();
        // (The clock stands still, so both joined "at once": find them by nickname.)
        for (JsonNode listed : view.get("players")) {
            boolean isAda = listed.get("nickname").asString().equals("Ada");
            assertThat(listed.has("extraTimeMs")).as(listed.toString()).isEqualTo(isAda);
            if (isAda) {
                assertThat(listed.get("extraTimeMs").asLong()).isEqualTo(30_000);
            }
        }

        hostAction(game, "next");
        ada.stomp().next(topic(game, "question"));
        clock.advance(Duration.ofSeconds(25));
        answer(bob, 0, "0");
        assertThat(bob.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("question_closed");
        answer(ada, 0, "0");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("elapsedMs").asLong())
                .isEqualTo(25_000);
        assertThat(ada.stomp().poll(topic(game, "results"), Duration.ofMillis(400)))
                .as("the question waits for the player with extra time")
                .isNull();
        clock.advance(Duration.ofSeconds(26));
        assertThat(bob.stomp()
                        .next(topic(game, "results"))
                        .json()
                        .get("answered")
                        .asInt())
                .isEqualTo(1);
        assertThat(ada.stomp().next("/user/queue/result").json().get("points").asInt())
                .as("scored against her 50-second limit")
                .isEqualTo(750);

        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/host/extra",
                        "{\"playerId\": \"%s\", \"seconds\": 301}".formatted(ada.playerId()));
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("invalid_message");
        closeAll(game, ada, bob);
    }

    @Test
    void rightAnswersInARowMakeAStreakThatEarnsTheBonusWhenTheHostTurnsItOn() {
        clock.freeze();
        var abcd = GameFixtures.everyKind().get(0);
        var voting = GameFixtures.everyKind().get(3);
        Hosted game = GameFixtures.host(
                accounts, jdbc, api.baseUrl(), List.of(abcd, abcd, voting, abcd), ", \"streakBonus\": true");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        Player bob = GameFixtures.join(api, api.baseUrl(), game, "Bob");

        // Jupiter (id 0) is right; answers at once score 1,000 plus 100 per right answer before in a row.
        assertRound(game, 0, ada, "0", 1000, 1, 0, bob, "1", 0, 0, 0);
        assertRound(game, 1, ada, "0", 1100, 2, 100, bob, "0", 1000, 1, 0);
        // A vote is neither right nor wrong: streaks stay.
        assertRound(game, 2, ada, "0", 0, 2, 0, bob, "1", 0, 1, 0);
        assertRound(game, 3, ada, "1", 0, 0, 0, bob, "0", 1100, 2, 100);

        hostAction(game, "end");
        JsonNode ended = ada.stomp().next(topic(game, "ended")).json();
        assertThat(ended.get("podium").get(0).get("score").asInt()).isEqualTo(2100);
        assertThat(ended.get("podium").get(1).get("score").asInt()).isEqualTo(2100);
        JsonNode answers =
                game.host().get("/api/v1/results/" + game.gameId()).json().get("answers");
        assertThat(answers.valueStream()
                        .mapToInt(answer -> answer.get("score").asInt())
                        .sum())
                .as("the stored points include the bonus")
                .isEqualTo(4200);
        closeAll(game, ada, bob);
    }

    private void assertRound(
            Hosted game,
            int index,
            Player first,
            String firstAnswer,
            int firstPoints,
            int firstStreak,
            int firstBonus,
            Player second,
            String secondAnswer,
            int secondPoints,
            int secondStreak,
            int secondBonus) {
        hostAction(game, "next");
        first.stomp().next(topic(game, "question"));
        second.stomp().next(topic(game, "question"));
        answer(first, index, firstAnswer);
        first.stomp().next("/user/queue/ack");
        answer(second, index, secondAnswer);
        second.stomp().next("/user/queue/ack");
        JsonNode one = first.stomp().next("/user/queue/result").json();
        JsonNode two = second.stomp().next("/user/queue/result").json();
        assertThat(List.of(
                        one.get("question").asInt(),
                        one.get("points").asInt(),
                        one.get("streak").asInt(),
                        one.get("streakBonus").asInt()))
                .as("%s on question %d", first.nickname(), index)
                .containsExactly(index, firstPoints, firstStreak, firstBonus);
        assertThat(List.of(
                        two.get("question").asInt(),
                        two.get("points").asInt(),
                        two.get("streak").asInt(),
                        two.get("streakBonus").asInt()))
                .as("%s on question %d", second.nickname(), index)
                .containsExactly(index, secondPoints, secondStreak, secondBonus);
    }

    @Test
    void anExtendedTimeLimitGivesEveryQuestionLongerAndScoresSpeedOverTheLongerTime() {
        long start = clock.freeze().toEpochMilli();
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), twoQuestions(), ", \"timeLimit\": \"extended\"");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        hostAction(game, "next");
        JsonNode opened = ada.stomp().next(topic(game, "question")).json();
        assertThat(opened.get("timeLimit").asString()).isEqualTo("extended");
        assertThat(opened.get("time").asInt()).as("twice the question's 20 s").isEqualTo(40);
        assertThat(opened.get("deadline").asLong()).isEqualTo(start + 40_000);

        // Past the question's own time, well within the extended one.
        clock.advance(Duration.ofSeconds(30));
        answer(ada, 0, "0");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("elapsedMs").asLong())
                .isEqualTo(30_000);
        JsonNode result = ada.stomp().next("/user/queue/result").json();
        assertThat(result.get("points").asInt()).as("1,000 × (1 − 30/40/2)").isEqualTo(625);
        closeAll(game, ada);
    }

    @Test
    void withoutATimeLimitAQuestionWaitsForEveryoneAndSpeedEarnsNothing() {
        clock.freeze();
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), twoQuestions(), ", \"timeLimit\": \"none\"");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        Player bob = GameFixtures.join(api, api.baseUrl(), game, "Bob");
        hostAction(game, "next");
        JsonNode opened = ada.stomp().next(topic(game, "question")).json();
        assertThat(opened.get("timeLimit").asString()).isEqualTo("none");
        assertThat(opened.get("time").asInt()).isZero();
        assertThat(bob.stomp()
                        .sync(game.gameId())
                        .get("question")
                        .get("timeLimit")
                        .asString())
                .as("a reconnecting client learns it too")
                .isEqualTo("none");

        // Ten minutes: far past the question's 20 s; the deadline timer leaves it open.
        clock.advance(Duration.ofMinutes(10));
        answer(ada, 0, "0");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("elapsedMs").asLong())
                .isEqualTo(600_000);
        assertThat(bob.stomp().poll(topic(game, "results"), Duration.ofMillis(400)))
                .isNull();
        answer(bob, 0, "1");
        bob.stomp().next("/user/queue/ack");
        // Everyone has answered: it closes. A right answer scores as an instant one.
        assertThat(bob.stomp()
                        .next(topic(game, "results"))
                        .json()
                        .get("answered")
                        .asInt())
                .isEqualTo(2);
        ada.stomp().next(topic(game, "results"));
        assertThat(ada.stomp().next("/user/queue/result").json().get("points").asInt())
                .isEqualTo(1000);
        assertThat(bob.stomp().next("/user/queue/result").json().get("points").asInt())
                .isZero();

        // The host closes one nobody answers whenever they like.
        hostAction(game, "next");
        ada.stomp().next(topic(game, "question"));
        clock.advance(Duration.ofHours(1));
        assertThat(ada.stomp().poll(topic(game, "results"), Duration.ofMillis(400)))
                .isNull();
        hostAction(game, "close");
        assertThat(ada.stomp()
                        .next(topic(game, "results"))
                        .json()
                        .get("answered")
                        .asInt())
                .isZero();
        closeAll(game, ada, bob);
    }

    @Test
    void anUnknownTimeLimitIsRefused() {
        var host = accounts.newUser();
        UUID quiz = GameFixtures.quiz(jdbc, host.user().id(), twoQuestions());
        var refused = host.post("/api/v1/games", "{\"quizId\": \"%s\", \"timeLimit\": \"forever\"}".formatted(quiz));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(refused.body()).contains("timeLimit");
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
