package io.quizhall.hunt;

import static io.quizhall.hunt.HuntFixtures.addPuzzle;
import static io.quizhall.hunt.HuntFixtures.createHunt;
import static io.quizhall.hunt.HuntFixtures.puzzle;
import static io.quizhall.hunt.HuntFixtures.submit;
import static io.quizhall.hunt.HuntFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Concurrently;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rankings through the public API: competition ranks for ties, hidden tiebreakers that order but are not sent, the
 * order of the rules, the board split by a yes/no registration answer, the frozen board for players and the live one
 * for organisers, and the organisers' validation errors.
 */
@IntegrationTest
class HuntRankingTests {

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    HuntBoardService boards;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String ranking(String rules) {
        return "{\"rules\": [" + rules + "]}";
    }

    private static void saveRanking(Accounts.SignedIn organiser, UUID hunt, String body) {
        var saved = organiser.put("/api/v1/hunts/" + hunt + "/manage/ranking", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static JsonNode board(Session reader, UUID hunt) {
        var board = reader.get("/api/v1/hunts/" + hunt + "/leaderboard");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        return board.json();
    }

    /** "name:rank" of the teams of a board's first group, in order. */
    private static List<String> ranks(JsonNode board) {
        return groupRanks(board.get("groups").get(0));
    }

    private static List<String> groupRanks(JsonNode group) {
        List<String> ranks = new ArrayList<>();
        group.get("teams")
                .forEach(row -> ranks.add(
                        row.get("name").asString() + ":" + row.get("rank").asInt()));
        return ranks;
    }

    /** Four teams: Alpha solves three puzzles (one a META), Bravo one early, Charlie one later, Delta none. */
    private UUID fourTeams(Accounts.SignedIn organiser, Instant start) {
        UUID hunt = createHunt(organiser, start.minus(Duration.ofMinutes(1)), start.plus(Duration.ofDays(1)), 1, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        addPuzzle(organiser, hunt, puzzle("A02", 2, "STANDARD", "two", ""));
        addPuzzle(organiser, hunt, puzzle("A03", 3, "NON_SCORING", "free", ""));
        addPuzzle(organiser, hunt, puzzle("B01", 4, "META", "meta", ""));
        var alpha = accounts.newUser();
        var bravo = accounts.newUser();
        var charlie = accounts.newUser();
        var delta = accounts.newUser();
        var tester = accounts.newUser();
        team(alpha, hunt, "Alpha");
        team(bravo, hunt, "Bravo");
        team(charlie, hunt, "Charlie");
        team(delta, hunt, "Delta");
        var playtesters = team(tester, hunt, "Testers");
        assertThat(organiser
                        .put(
                                "/api/v1/hunts/" + hunt + "/teams/"
                                        + playtesters.get("id").asString() + "/playtester",
                                "{\"playtester\": true}")
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(submit(bravo, hunt, "A01", "one").json().get("outcome").asString())
                .isEqualTo("CORRECT");
        submit(delta, hunt, "A03", "free");
        submit(tester, hunt, "A01", "one");
        clock.advance(Duration.ofMinutes(1));
        submit(alpha, hunt, "A01", "one");
        submit(alpha, hunt, "B01", "meta");
        clock.advance(Duration.ofMinutes(1));
        submit(charlie, hunt, "A02", "two");
        clock.advance(Duration.ofMinutes(1));
        submit(alpha, hunt, "A02", "two");
        return hunt;
    }

    @Test
    void teamsEqualOnEveryRuleShareARankAndTheNextRankSkips() {
        Instant start = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = fourTeams(organiser, start);
        saveRanking(organiser, hunt, ranking("{\"criterion\": \"SOLVES\", \"visible\": true}"));

        JsonNode board = board(accounts.anonymous(), hunt);
        assertThat(ranks(board)).containsExactly("Alpha:1", "Bravo:2", "Charlie:2", "Delta:4");
        assertThat(board.get("columns").toString()).isEqualTo("[\"SOLVES\"]");
        assertThat(board.get("groups")
                        .get(0)
                        .get("teams")
                        .get(0)
                        .get("values")
                        .get("SOLVES")
                        .asInt())
                .as("a NON_SCORING solve does not count")
                .isEqualTo(3);
        assertThat(board.toString())
                .as("playtester teams are never on the board")
                .doesNotContain("Testers");
    }

    @Test
    void aHiddenTiebreakerOrdersTheTeamsButItsValuesAreNotSent() {
        Instant start = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = fourTeams(organiser, start);
        saveRanking(
                organiser,
                hunt,
                ranking("{\"criterion\": \"SOLVES\", \"visible\": true}, {\"criterion\": \"LAST_SOLVE_AT\", "
                        + "\"visible\": false}"));

        JsonNode board = board(accounts.newUser(), hunt);
        assertThat(ranks(board)).containsExactly("Alpha:1", "Bravo:2", "Charlie:3", "Delta:4");
        assertThat(board.get("columns").toString()).isEqualTo("[\"SOLVES\"]");
        assertThat(board.toString()).doesNotContain("LAST_SOLVE_AT");
    }

    @Test
    void theOrderOfTheRulesDecides() {
        Instant start = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = fourTeams(organiser, start);

        var defaults =
                organiser.get("/api/v1/hunts/" + hunt + "/manage/ranking").json();
        assertThat(defaults.get("saved").asBoolean()).isFalse();
        assertThat(defaults.get("rules").toString()).contains("FINAL_SOLVES", "META_SOLVES", "LAST_SOLVE_AT");
        assertThat(ranks(board(accounts.anonymous(), hunt)))
                .as("default: FINAL, META, SOLVES, then the last solve (hidden)")
                .containsExactly("Alpha:1", "Bravo:2", "Charlie:3", "Delta:4");

        saveRanking(
                organiser,
                hunt,
                ranking("{\"criterion\": \"LAST_SOLVE_AT\", \"visible\": true}, {\"criterion\": \"SOLVES\"}"));
        JsonNode board = board(accounts.anonymous(), hunt);
        assertThat(ranks(board)).containsExactly("Bravo:1", "Charlie:2", "Alpha:3", "Delta:4");
        assertThat(board.get("columns").toString()).isEqualTo("[\"LAST_SOLVE_AT\",\"SOLVES\"]");
        JsonNode delta = board.get("groups").get(0).get("teams").get(3).get("values");
        assertThat(delta.get("LAST_SOLVE_AT").isNull())
                .as("a team without scoring solves has no last solve")
                .isTrue();

        saveRanking(
                organiser,
                hunt,
                ranking("{\"criterion\": \"META_SOLVES\"}, {\"criterion\": \"HINTS_USED\"}, "
                        + "{\"criterion\": \"FINISHED_AT\"}, {\"criterion\": \"POINTS\"}"));
        assertThat(ranks(board(accounts.anonymous(), hunt)))
                .containsExactly("Alpha:1", "Bravo:2", "Charlie:2", "Delta:2");
    }

    @Test
    void aSplitBoardHasAGroupPerYesNoAnswerAndTeamsMustAnswerYesOrNo() {
        Instant start = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = createHunt(
                organiser,
                start.minus(Duration.ofMinutes(1)),
                start.plus(Duration.ofDays(1)),
                1,
                "\"registrationField\": \"Under 18?\"");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        saveRanking(organiser, hunt, "{\"rules\": [{\"criterion\": \"SOLVES\"}], \"splitByRegistration\": true}");

        var young = accounts.newUser();
        var maybe = young.post(
                "/api/v1/hunts/" + hunt + "/teams", "{\"name\": \"Kids\", \"registrationValue\": \"maybe\"}");
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(maybe.json().get("errors").get(0).get("field").asString()).isEqualTo("registrationValue");
        assertThat(young.post(
                                "/api/v1/hunts/" + hunt + "/teams",
                                "{\"name\": \"Kids\", \"registrationValue\": \"Yes\"}")
                        .status())
                .isEqualTo(201);
        var grown = accounts.newUser();
        assertThat(grown.post(
                                "/api/v1/hunts/" + hunt + "/teams",
                                "{\"name\": \"Adults\", \"registrationValue\": \"no\"}")
                        .status())
                .isEqualTo(201);
        var other = accounts.newUser();
        assertThat(other.post(
                                "/api/v1/hunts/" + hunt + "/teams",
                                "{\"name\": \"Others\", \"registrationValue\": \"no\"}")
                        .status())
                .isEqualTo(201);
        submit(other, hunt, "A01", "one");

        JsonNode board = board(young, hunt);
        assertThat(board.get("registrationField").asString()).isEqualTo("Under 18?");
        assertThat(board.get("groups")).hasSize(2);
        assertThat(board.get("groups").get(0).get("registrationValue").asString())
                .isEqualTo("yes");
        assertThat(groupRanks(board.get("groups").get(0))).containsExactly("Kids:1");
        assertThat(board.get("groups").get(1).get("registrationValue").asString())
                .isEqualTo("no");
        assertThat(groupRanks(board.get("groups").get(1))).containsExactly("Others:1", "Adults:2");

        UUID plain = createHunt(organiser, start, start.plus(Duration.ofDays(1)), 1, "");
        var refused = organiser.put(
                "/api/v1/hunts/" + plain + "/manage/ranking",
                "{\"rules\": [{\"criterion\": \"SOLVES\"}], \"splitByRegistration\": true}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("splitByRegistration");
    }

    @Test
    void playersSeeTheFrozenBoardOrganisersTheLiveOneAndEveryoneTheFinalOneAfterTheEnd() {
        Instant now = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, now.minus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(90)), 1, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        addPuzzle(organiser, hunt, puzzle("A02", 2, "STANDARD", "two", ""));
        saveRanking(organiser, hunt, "{\"rules\": [{\"criterion\": \"SOLVES\"}], \"freezeMinutes\": 60}");
        var player = accounts.newUser();
        team(player, hunt, "Solvers");
        submit(player, hunt, "A01", "one");
        assertThat(board(player, hunt).get("frozen").asBoolean()).isFalse();

        clock.advance(Duration.ofMinutes(31));
        submit(player, hunt, "A02", "two");
        JsonNode frozen = board(player, hunt);
        assertThat(frozen.get("frozen").asBoolean()).isTrue();
        assertThat(Instant.parse(frozen.get("frozenAt").asString()))
                .isEqualTo(now.plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MICROS));
        assertThat(frozen.get("groups")
                        .get(0)
                        .get("teams")
                        .get(0)
                        .get("values")
                        .get("SOLVES")
                        .asInt())
                .as("the solve after the freeze is not on the players' board")
                .isEqualTo(1);
        assertThat(board(accounts.anonymous(), hunt).get("frozen").asBoolean()).isTrue();
        JsonNode live = board(organiser, hunt);
        assertThat(live.get("frozen").asBoolean()).isFalse();
        assertThat(live.get("frozenForPlayers").asBoolean()).isTrue();
        assertThat(live.get("groups")
                        .get(0)
                        .get("teams")
                        .get(0)
                        .get("values")
                        .get("SOLVES")
                        .asInt())
                .isEqualTo(2);

        clock.advance(Duration.ofMinutes(60));
        JsonNode after = board(player, hunt);
        assertThat(after.get("state").asString()).isEqualTo("ENDED");
        assertThat(after.get("frozen").asBoolean()).isFalse();
        assertThat(after.has("frozenAt")).isFalse();
        assertThat(after.get("groups")
                        .get(0)
                        .get("teams")
                        .get(0)
                        .get("values")
                        .get("SOLVES")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aFreezeIsSnapshottedOnceByConcurrentTimers() throws Exception {
        Instant now = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(90)), 1, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        saveRanking(organiser, hunt, "{\"rules\": [{\"criterion\": \"SOLVES\"}], \"freezeMinutes\": 60}");
        var player = accounts.newUser();
        team(player, hunt, "Early");
        submit(player, hunt, "A01", "one");
        clock.advance(Duration.ofMinutes(45));
        Instant freezeAt = now.plus(Duration.ofMinutes(30));

        List<Callable<Boolean>> timers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            timers.add(() -> boards.take(hunt, freezeAt));
        }
        assertThat(Concurrently.run(timers)).containsOnlyOnce(true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hunt_board_snapshots WHERE hunt_id = ?", Long.class, hunt))
                .isEqualTo(1);
        assertThat(board(player, hunt)
                        .get("groups")
                        .get(0)
                        .get("teams")
                        .get(0)
                        .get("values")
                        .get("SOLVES")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void rankingRulesAreCheckedAndOnlyOrganisersChangeThem() {
        Instant now = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(1)), 1, "");
        String path = "/api/v1/hunts/" + hunt + "/manage/ranking";

        var empty = organiser.put(path, "{\"rules\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("rules");
        var faults = organiser.put(path, """
                {"rules": [{"criterion": "SPEED"}, {"criterion": "POINTS"}, {"criterion": "points"}],
                 "freezeMinutes": 0}""");
        assertThat(faults.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        faults.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactly("rules[0].criterion", "rules[2].criterion", "freezeMinutes");

        var stranger = accounts.newUser();
        assertThat(stranger.put(path, ranking("{\"criterion\": \"POINTS\"}")).status())
                .isEqualTo(403);
        assertThat(stranger.get(path).status()).isEqualTo(403);
        assertThat(accounts.anonymous().get(path).status()).isEqualTo(401);

        var player = accounts.newUser();
        team(player, hunt, "Too early");
        JsonNode before = board(player, hunt);
        assertThat(before.get("state").asString()).isEqualTo("NOT_YET_OPEN");
        assertThat(before.get("groups").get(0).get("teams"))
                .as("nothing to rank before the start")
                .isEmpty();

        saveRanking(organiser, hunt, ranking("{\"criterion\": \"POINTS\"}"));
        assertThat(organiser.get(path).json().get("saved").asBoolean()).isTrue();

        clock.advance(Duration.ofHours(2));
        assertThat(organiser.post("/api/v1/hunts/" + hunt + "/archive", "{}").status())
                .isEqualTo(200);
        var archived = organiser.put(path, ranking("{\"criterion\": \"SOLVES\"}"));
        assertThat(archived.status()).isEqualTo(409);
        assertThat(accounts.anonymous()
                        .get("/api/v1/hunts/" + UUID.randomUUID() + "/leaderboard")
                        .status())
                .isEqualTo(404);
    }
}
