package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Concurrently;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The ladder's rules through the REST API: climbing, safe levels, walking away, deadlines, codes, concurrency. */
@IntegrationTest
class LadderRunTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    LadderProperties properties;

    @Autowired
    LadderService service;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LadderPlayer newPlayer() {
        return new LadderPlayer(accounts.newUser(), jdbc);
    }

    @Test
    void startsAtLevelOneWithACodeAndNeverShowsTheRightOption() {
        var player = newPlayer();
        var response = player.session().post("/api/v1/ladder-runs", "{}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().getFirst("Location")).startsWith("/api/v1/ladder-runs/");
        JsonNode run = response.json();
        assertThat(run.get("code").asString()).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
        assertThat(run.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(run.get("level").asInt()).isEqualTo(1);
        assertThat(run.get("levels")).hasSize(15);
        assertThat(run.get("levels").get(14).get("prize").asLong()).isEqualTo(1_000_000);
        assertThat(run.get("levels").get(4).get("safe").asBoolean()).isTrue();
        assertThat(run.get("levels").get(9).get("safe").asBoolean()).isTrue();
        JsonNode question = run.get("question");
        assertThat(question.get("difficulty").asString()).isEqualTo("EASY");
        assertThat(question.get("seconds").asInt()).isEqualTo(20);
        assertThat(question.get("options").size()).isIn(2, 4);
        assertThat(response.body()).doesNotContain("correct").doesNotContain("rightOption");
    }

    @Test
    void aWrongAnswerDropsToTheLastSafeLevelAndRevealsTheRightOption() {
        var player = newPlayer();
        JsonNode run = player.start();
        for (int level = 1; level <= 6; level++) {
            run = player.answerRight(run);
        }
        assertThat(run.get("bankedPrize").asLong()).isEqualTo(2000);
        assertThat(run.get("safePrize").asLong()).isEqualTo(1000);
        JsonNode question = run.get("question");

        JsonNode result = player.answerWrong(run);

        assertThat(result.get("result").get("outcome").asString()).isEqualTo("WRONG");
        assertThat(result.get("result").get("rightOptionId").asString())
                .isEqualTo(player.right(question).toString());
        assertThat(result.get("run").get("status").asString()).isEqualTo("WRONG");
        assertThat(result.get("run").get("finalPrize").asLong()).isEqualTo(1000);
        assertThat(result.get("run").has("question")).isFalse();
    }

    @Test
    void aWrongAnswerBeforeTheFirstSafeLevelWinsNothing() {
        var player = newPlayer();
        JsonNode run = player.answerRight(player.answerRight(player.start()));

        JsonNode result = player.answerWrong(run);

        assertThat(result.get("run").get("finalPrize").asLong()).isZero();
    }

    @Test
    void walkingAwayKeepsTheLastPrizeWon() {
        var player = newPlayer();
        JsonNode run = player.start();
        for (int level = 1; level <= 3; level++) {
            run = player.answerRight(run);
        }

        var response =
                player.session().post("/api/v1/ladder-runs/" + run.get("code").asString() + "/walk-away", "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("WALKED_AWAY");
        assertThat(response.json().get("finalPrize").asLong()).isEqualTo(300);
        assertThat(player.session()
                        .post("/api/v1/ladder-runs/" + run.get("code").asString() + "/walk-away", "")
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("run-finished");
    }

    @Test
    void answeringAllFifteenLevelsRightWinsTheTopPrize() {
        var player = newPlayer();
        JsonNode run = player.start();
        for (int level = 1; level <= 15; level++) {
            assertThat(run.get("level").asInt()).isEqualTo(level);
            run = player.answerRight(run);
        }

        assertThat(run.get("status").asString()).isEqualTo("WON");
        assertThat(run.get("finalPrize").asLong()).isEqualTo(1_000_000);
        assertThat(run.get("level").asInt()).isEqualTo(15);
    }

    @Test
    void anAnswerAfterTheServerDeadlineCountsAsWrong() {
        clock.freeze();
        var player = newPlayer();
        JsonNode run = player.start();
        for (int level = 1; level <= 5; level++) {
            run = player.answerRight(run);
        }
        JsonNode question = run.get("question");
        assertThat(question.get("remainingMs").asLong()).isEqualTo(40_000);
        clock.advance(Duration.ofSeconds(40).plus(properties.answerGrace()).plusMillis(1));

        var response =
                player.answer(run.get("code").asString(), question.get("level").asInt(), player.right(question));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("result").get("outcome").asString()).isEqualTo("TIMED_OUT");
        assertThat(response.json().get("run").get("status").asString()).isEqualTo("TIMED_OUT");
        assertThat(response.json().get("run").get("finalPrize").asLong()).isEqualTo(1000);
    }

    @Test
    void anAnswerJustWithinTheDeadlineCounts() {
        clock.freeze();
        var player = newPlayer();
        JsonNode run = player.start();
        clock.advance(Duration.ofSeconds(20).plus(properties.answerGrace()));

        assertThat(player.answerRight(run).get("level").asInt()).isEqualTo(2);
    }

    @Test
    void noAnswerEndsTheRunWhenItIsNextLookedAt() {
        clock.freeze();
        var player = newPlayer();
        JsonNode run = player.answerRight(player.start());
        clock.advance(Duration.ofSeconds(21).plus(properties.answerGrace()));

        JsonNode later = player.get(run.get("code").asString());

        assertThat(later.get("status").asString()).isEqualTo("TIMED_OUT");
        assertThat(later.get("finalPrize").asLong()).isZero();
        assertThat(later.get("last").get("outcome").asString()).isEqualTo("TIMED_OUT");
        assertThat(later.get("last").get("chosenOptionId")).isNull();
    }

    @Test
    void theSweepEndsRunsWhoseDeadlinePassedWithoutAnyRequest() {
        clock.freeze();
        var player = newPlayer();
        String code = player.answerRight(player.start()).get("code").asString();
        clock.advance(Duration.ofSeconds(21).plus(properties.answerGrace()));

        service.sweepExpiredRuns();

        var row = jdbc.sql("SELECT status, final_prize FROM ladder_runs WHERE code = ?")
                .param(code)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("TIMED_OUT");
        assertThat(((Number) row.get("final_prize")).longValue()).isZero();
    }

    @Test
    void walkingAwayAfterTheDeadlineIsTooLateAndTheRunEndsByTheDeadline() {
        clock.freeze();
        var player = newPlayer();
        JsonNode run = player.answerRight(player.start());
        String code = run.get("code").asString();
        clock.advance(Duration.ofSeconds(22).plus(properties.answerGrace()));

        var late = player.session().post("/api/v1/ladder-runs/" + code + "/walk-away", "");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("reason").asString()).isEqualTo("run-finished");
        assertThat(jdbc.sql("SELECT status FROM ladder_runs WHERE code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("TIMED_OUT");
    }

    @Test
    void theRunContinuesOnAnotherDeviceWithTheTimeThatIsLeft() {
        clock.freeze();
        var phone = accounts.newUser();
        var player = new LadderPlayer(phone, jdbc);
        JsonNode run = player.answerRight(player.start());
        clock.advance(Duration.ofSeconds(7));

        var laptop = new LadderPlayer(accounts.signIn(phone.user()), jdbc);
        JsonNode resumed = laptop.get(run.get("code").asString().toLowerCase(java.util.Locale.ROOT));

        assertThat(resumed.get("question").get("questionId"))
                .isEqualTo(run.get("question").get("questionId"));
        assertThat(resumed.get("question").get("remainingMs").asLong()).isEqualTo(13_000);
        assertThat(resumed.get("question").get("deadline"))
                .isEqualTo(run.get("question").get("deadline"));
        assertThat(laptop.answerRight(resumed).get("level").asInt()).isEqualTo(3);
    }

    @Test
    void someoneElsesRunLooksLikeNoRun() {
        var owner = newPlayer();
        String code = owner.start().get("code").asString();
        var stranger = newPlayer();

        var response = stranger.session().get("/api/v1/ladder-runs/" + code);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("not-found");
        assertThat(stranger.session().get("/api/v1/ladder-runs/ZZZZZZZZ").status())
                .isEqualTo(404);
        assertThat(accounts.anonymous().get("/api/v1/ladder-runs/" + code).status())
                .isEqualTo(401);
    }

    @Test
    void aPlayerIsNeverAskedTheSameQuestionTwice() {
        var player = newPlayer();
        List<String> asked = new ArrayList<>();
        for (int runs = 0; runs < 2; runs++) {
            JsonNode run = player.start();
            for (int level = 1; level <= 15; level++) {
                asked.add(run.get("question").get("questionId").asString());
                if (level == 3) {
                    var switched = player.lifeline(run.get("code").asString(), "switch");
                    assertThat(switched.status()).isEqualTo(200);
                    run = switched.json();
                    asked.add(run.get("question").get("questionId").asString());
                }
                run = player.answerRight(run);
            }
        }

        assertThat(asked).hasSize(32).doesNotHaveDuplicates();
    }

    @Test
    void aDoubleSubmittedAnswerIsRecordedOnce() throws Exception {
        var player = newPlayer();
        JsonNode run = player.start();
        String code = run.get("code").asString();
        UUID right = player.right(run.get("question"));
        List<Callable<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> {
                var response = player.answer(code, 1, right);
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                return response.json();
            });
        }
        List<JsonNode> results = Concurrently.run(calls);

        assertThat(results).allSatisfy(result -> {
            assertThat(result.get("result").get("outcome").asString()).isEqualTo("RIGHT");
            assertThat(result.get("result").get("answeredAt"))
                    .isEqualTo(results.get(0).get("result").get("answeredAt"));
        });
        JsonNode after = player.get(code);
        assertThat(after.get("level").asInt()).isEqualTo(2);
        assertThat(after.get("bankedPrize").asLong()).isEqualTo(100);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM ladder_run_steps s JOIN ladder_runs r ON r.id = s.run_id
                        WHERE r.code = ? AND s.chosen_option_id IS NOT NULL""").param(code).query(Long.class).single()).isEqualTo(1);
        // The same answer sent once more, and a different one for the decided level: both get the decision.
        var again = player.answer(code, 1, player.wrong(run.get("question")));
        assertThat(again.json().get("result").get("outcome").asString()).isEqualTo("RIGHT");
        assertThat(again.json().get("run").get("level").asInt()).isEqualTo(2);
    }

    @Test
    void concurrentStartsGetDistinctCodesAndOneActiveRunPerPlayer() throws Exception {
        int players = 12;
        List<LadderPlayer> everyone = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            everyone.add(newPlayer());
        }
        LadderPlayer eager = newPlayer();
        List<Callable<io.quizhall.support.Api.Response>> calls = new ArrayList<>();
        for (var player : everyone) {
            calls.add(() -> player.session().post("/api/v1/ladder-runs", "{}"));
        }
        for (int i = 0; i < 6; i++) {
            calls.add(() -> eager.session().post("/api/v1/ladder-runs", "{}"));
        }
        List<io.quizhall.support.Api.Response> responses = Concurrently.run(calls);

        var started = responses.subList(0, players);
        assertThat(started).allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
        Set<String> codes = new HashSet<>();
        started.forEach(response -> codes.add(response.json().get("code").asString()));
        assertThat(codes).hasSize(players);
        var eagerResponses = responses.subList(players, responses.size());
        assertThat(eagerResponses.stream().filter(response -> response.status() == 201))
                .hasSize(1);
        String eagerCode = eagerResponses.stream()
                .filter(response -> response.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .get("code")
                .asString();
        assertThat(eagerResponses.stream().filter(response -> response.status() == 409))
                .hasSize(5)
                .allSatisfy(response -> {
                    assertThat(response.json().get("reason").asString()).isEqualTo("run-active");
                    assertThat(response.json().get("runCode").asString()).isEqualTo(eagerCode);
                });
    }

    @Test
    void historyListsMyRunsNewestFirst() {
        var player = newPlayer();
        JsonNode first = player.answerWrong(player.answerRight(player.start())).get("run");
        JsonNode second = player.start();
        player.session().post("/api/v1/ladder-runs/" + second.get("code").asString() + "/walk-away", "");

        JsonNode history = player.session().get("/api/v1/ladder-runs").json();

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("code").asString())
                .isEqualTo(second.get("code").asString());
        assertThat(history.get(0).get("status").asString()).isEqualTo("WALKED_AWAY");
        assertThat(history.get(1).get("code").asString())
                .isEqualTo(first.get("code").asString());
        assertThat(history.get(1).get("levelsWon").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("prize").asLong()).isZero();
    }
}
