package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Leaderboards (best prize, then fewer lifelines, then shorter time; all time and weekly) and account deletion. */
@IntegrationTest
class LadderLeaderboardTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LadderPlayer newPlayer() {
        return new LadderPlayer(accounts.newUser(), jdbc);
    }

    /** Plays the whole (two-level) fixture ladder right, taking {@code seconds} per question. */
    private JsonNode win(LadderPlayer player, String ladder, int seconds, boolean useAudience) {
        JsonNode run = player.start(ladder);
        if (useAudience) {
            run = player.lifeline(run.get("code").asString(), "audience").json();
        }
        while (run.get("status").asString().equals("ACTIVE")) {
            if (seconds > 0) {
                clock.advance(Duration.ofSeconds(seconds));
            }
            run = player.answerRight(run);
        }
        return run;
    }

    private List<String> players(JsonNode board) {
        List<String> names = new ArrayList<>();
        board.get("entries").forEach(entry -> names.add(entry.get("player").asString()));
        return names;
    }

    @Test
    void ranksByPrizeThenFewerLifelinesThenShorterTimeWithEachPlayersBestRun() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 2, 8);
        clock.freeze();
        var slow = newPlayer();
        var fast = newPlayer();
        var helped = newPlayer();
        var cautious = newPlayer();
        win(slow, fixture.ladder(), 15, false);
        win(fast, fixture.ladder(), 5, false);
        win(helped, fixture.ladder(), 1, true);
        JsonNode walked = cautious.answerRight(cautious.start(fixture.ladder()));
        cautious.session().post("/api/v1/ladder-runs/" + walked.get("code").asString() + "/walk-away", "");
        // A worse second run of the fast player does not push their best one off the board.
        fast.answerWrong(fast.start(fixture.ladder()));

        var response = slow.session().get("/api/v1/ladders/" + fixture.ladder() + "/leaderboard");

        assertThat(response.status()).isEqualTo(200);
        JsonNode board = response.json();
        assertThat(players(board))
                .containsExactly(
                        fast.session().user().username(),
                        slow.session().user().username(),
                        helped.session().user().username(),
                        cautious.session().user().username());
        JsonNode first = board.get("entries").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("prize").asLong()).isEqualTo(200);
        assertThat(first.get("levelsWon").asInt()).isEqualTo(2);
        assertThat(first.get("durationMs").asLong()).isEqualTo(10_000);
        assertThat(board.get("entries").get(2).get("lifelinesUsed").asInt()).isEqualTo(1);
        assertThat(board.get("entries").get(3).get("prize").asLong()).isEqualTo(100);
    }

    @Test
    void theWeeklyBoardCountsOnlyThisWeeksRuns() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 2, 6);
        clock.freeze();
        var lastWeek = newPlayer();
        win(lastWeek, fixture.ladder(), 1, false);
        clock.advance(Duration.ofDays(8));
        var thisWeek = newPlayer();
        thisWeek.answerWrong(thisWeek.start(fixture.ladder()));

        JsonNode weekly = thisWeek.session()
                .get("/api/v1/ladders/" + fixture.ladder() + "/leaderboard?period=week")
                .json();
        JsonNode allTime = thisWeek.session()
                .get("/api/v1/ladders/" + fixture.ladder() + "/leaderboard")
                .json();

        assertThat(players(weekly)).containsExactly(thisWeek.session().user().username());
        assertThat(weekly.get("since").asString()).endsWith("T00:00:00Z");
        assertThat(players(allTime))
                .containsExactly(
                        lastWeek.session().user().username(),
                        thisWeek.session().user().username());
        assertThat(thisWeek.session()
                        .get("/api/v1/ladders/" + fixture.ladder() + "/leaderboard?period=year")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void runsAndProposedQuestionsOutliveTheAccountUnderAPlaceholderName() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 2, 6);
        var player = newPlayer();
        String name = player.session().user().username();
        win(player, fixture.ladder(), 0, false);
        JsonNode active = player.start(fixture.ladder());
        var proposed = player.session().post("/api/v1/ladder-questions", """
                {"kind": "TRUE_FALSE", "text": "Proposal %s: the Earth orbits the Sun.", "answer": true,
                 "categories": ["science"]}""".formatted(name));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);

        var deleted =
                player.session().post("/api/v1/account/delete", "{\"password\": \"%s\"}".formatted(Accounts.PASSWORD));
        assertThat(deleted.status()).isEqualTo(204);

        JsonNode board = accounts.newUser()
                .get("/api/v1/ladders/" + fixture.ladder() + "/leaderboard")
                .json();
        assertThat(players(board)).containsExactly("deleted user").doesNotContain(name);
        assertThat(board.get("entries").get(0).get("prize").asLong()).isEqualTo(200);
        var run = jdbc.sql("SELECT status, user_id, final_prize FROM ladder_runs WHERE code = ?")
                .param(active.get("code").asString())
                .query()
                .singleRow();
        assertThat(run.get("status")).isEqualTo("ABANDONED");
        assertThat(run.get("user_id")).isNull();
        JsonNode question = accounts.newAdmin()
                .get("/api/v1/ladder-questions/" + proposed.json().get("id").asString())
                .json();
        assertThat(question.get("author").asString()).isEqualTo("deleted user");
        assertThat(question.get("stats").get("asked").asLong()).isZero();
    }
}
