package io.quizhall.hunt;

import static io.quizhall.hunt.HuntFixtures.addPuzzle;
import static io.quizhall.hunt.HuntFixtures.concurrently;
import static io.quizhall.hunt.HuntFixtures.createHunt;
import static io.quizhall.hunt.HuntFixtures.join;
import static io.quizhall.hunt.HuntFixtures.puzzle;
import static io.quizhall.hunt.HuntFixtures.rules;
import static io.quizhall.hunt.HuntFixtures.submit;
import static io.quizhall.hunt.HuntFixtures.team;
import static io.quizhall.hunt.HuntFixtures.unlocked;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
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
 * Hunts through the public API: a whole small hunt played by two teams, the team size under concurrent joins, the
 * submission limit under concurrent answers, rule faults by line and column, timed unlocks by the timer on the test
 * clock, and the public view after the hunt.
 */
@IntegrationTest
class HuntApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    HuntTimer timer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aWholeSmallHuntIsPlayedByTwoTeams() {
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, now().minus(Duration.ofMinutes(1)), now().plus(Duration.ofDays(1)), 2, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "Red Herring", ""));
        addPuzzle(organiser, hunt, puzzle("A02", 2, "META", "Blue Moon", """
                "responses": [{"pattern": "blue.*", "reply": "Which blue thing?"}]"""));
        addPuzzle(organiser, hunt, puzzle("F00", 3, "FINAL", "The End", ""));
        rules(organiser, hunt, "PA01 <= +0:00\nPA02 <= PA01 SOLVE\nPF00 <= PA02 SOLVE\n5 POINTS <= PA01 SOLVE");

        var alice = accounts.newUser();
        var bob = accounts.newUser();
        var carol = accounts.newUser();
        JsonNode red = team(alice, hunt, "Red  Team");
        assertThat(red.get("name").asString()).isEqualTo("Red Team");
        assertThat(red.get("joinCode").asString()).matches("[2-79ACDEFGHJKMNPRSTUVWXYZ]{8}");
        assertThat(join(bob, hunt, red.get("joinCode").asString().toLowerCase()).status())
                .isEqualTo(200);
        var clash = carol.post("/api/v1/hunts/" + hunt + "/teams", "{\"name\": \"RED TEAM\"}");
        assertThat(clash.status()).as("names are compared case-folded").isEqualTo(409);
        assertThat(clash.json().at("/errors/0/field").asString()).isEqualTo("name");
        team(carol, hunt, "Blue Team");
        assertThat(carol.post("/api/v1/hunts/" + hunt + "/teams", "{\"name\": \"Third\"}")
                        .json()
                        .get("code")
                        .asString())
                .as("one team per user per hunt")
                .isEqualTo("already-in-team");

        assertThat(unlocked(alice, hunt)).containsExactly("A01");
        assertThat(unlocked(carol, hunt)).containsExactly("A01");
        assertThat(alice.get("/api/v1/hunts/" + hunt + "/puzzles/A02").status())
                .as("a locked puzzle does not exist for the team")
                .isEqualTo(404);
        var page = alice.get("/api/v1/hunts/" + hunt + "/puzzles/a01");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Red Herring").doesNotContain("herring");

        var wrong = submit(alice, hunt, "A01", "red snapper");
        assertThat(wrong.json().get("outcome").asString()).isEqualTo("INCORRECT");
        var right = submit(bob, hunt, "A01", "  red-herring! ");
        assertThat(right.status()).as(right.body()).isEqualTo(200);
        assertThat(right.json().get("outcome").asString()).isEqualTo("CORRECT");
        assertThat(right.json().get("recorded").asBoolean()).isTrue();
        assertThat(submit(alice, hunt, "A01", "red herring").json().get("code").asString())
                .isEqualTo("already-solved");

        assertThat(unlocked(alice, hunt)).containsExactly("A01", "A02");
        assertThat(unlocked(carol, hunt)).as("the other team is unaffected").containsExactly("A01");
        var response = submit(alice, hunt, "A02", "Blue Moon");
        assertThat(response.json().get("outcome").asString())
                .as("auto-responses are tried before the answer")
                .isEqualTo("RESPONSE");
        assertThat(response.json().get("reply").asString()).isEqualTo("Which blue thing?");

        organiser.put("/api/v1/hunts/" + hunt + "/manage/puzzles/A02", puzzle("A02", 2, "META", "Blue Moon", ""));
        assertThat(submit(alice, hunt, "A02", "BLUE MOON").json().get("outcome").asString())
                .isEqualTo("CORRECT");
        var finished = submit(bob, hunt, "F00", "the end");
        assertThat(finished.json().get("finished").asBoolean()).isTrue();

        var aliceTeam = alice.get("/api/v1/hunts/" + hunt + "/team").json();
        assertThat(aliceTeam.get("points").asInt()).isEqualTo(5);
        assertThat(aliceTeam.get("finishedAt").isNull()).isFalse();
        assertThat(aliceTeam.get("members")).hasSize(2);
        var puzzles = alice.get("/api/v1/hunts/" + hunt + "/puzzles").json();
        assertThat(puzzles.get(0).get("state").asString()).isEqualTo("SOLVED");
        assertThat(puzzles.get(0).get("answer").asString())
                .as("the answer once solved")
                .isEqualTo("Red Herring");
        var history = alice.get("/api/v1/hunts/" + hunt + "/puzzles/A01").json().get("submissions");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("username").asString())
                .isEqualTo(bob.user().username());

        var grid = organiser.get("/api/v1/hunts/" + hunt + "/manage/progress").json();
        assertThat(grid.get("teams")).hasSize(2);
        var redRow = grid.get("teams").get(0);
        assertThat(redRow.get("name").asString()).isEqualTo("Red Team");
        assertThat(redRow.get("cells").get(2).get("state").asString()).isEqualTo("SOLVED");
        assertThat(grid.get("teams").get(1).get("cells").get(1).get("state").asString())
                .isEqualTo("LOCKED");
        assertThat(carol.get("/api/v1/hunts/" + hunt + "/manage/progress").status())
                .isEqualTo(403);

        var feed = organiser
                .get("/api/v1/hunts/" + hunt + "/manage/feed?limit=200")
                .json();
        List<String> kinds = new ArrayList<>();
        feed.forEach(entry -> kinds.add(entry.get("kind").asString()));
        assertThat(kinds).contains("JOIN", "UNLOCK", "SUBMISSION", "SOLVE", "FINISH");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM hunt_solves s JOIN hunt_teams t ON t.id = s.team_id WHERE t.hunt_id = ?",
                        Long.class,
                        hunt))
                .isEqualTo(3);
        var carolFeed = carol.get("/api/v1/hunts/" + hunt + "/team/feed").json();
        carolFeed.forEach(entry -> assertThat(entry.get("teamName").asString()).isEqualTo("Blue Team"));

        var bobLeaves = bob.delete("/api/v1/hunts/" + hunt + "/team/members/me");
        assertThat(bobLeaves.status()).isEqualTo(204);
        assertThat(bob.get("/api/v1/hunts/" + hunt + "/team").status()).isEqualTo(404);
        var kick = carol.delete("/api/v1/hunts/" + hunt + "/teams/"
                + red.get("id").asString() + "/members/" + alice.user().id());
        assertThat(kick.status())
                .as("only teammates and organisers remove members")
                .isEqualTo(404);
    }

    @Test
    void theTeamSizeHoldsUnderConcurrentJoins() throws Exception {
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, now(), now().plus(Duration.ofDays(1)), 3, "");
        var captain = accounts.newUser();
        String code = team(captain, hunt, "Crowded").get("joinCode").asString();
        List<Accounts.SignedIn> players = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            players.add(accounts.newUser());
        }
        List<Callable<Api.Response>> joins = new ArrayList<>();
        players.forEach(player -> joins.add(() -> join(player, hunt, code)));

        List<Api.Response> results = concurrently(joins);

        assertThat(results.stream().filter(r -> r.status() == 200)).hasSize(2);
        assertThat(results.stream().filter(r -> r.status() == 409))
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.json().get("code").asString()).isEqualTo("team-full"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hunt_team_members WHERE hunt_id = ?", Long.class, hunt))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT members FROM hunt_teams WHERE hunt_id = ?", Integer.class, hunt))
                .isEqualTo(3);
    }

    @Test
    void theSubmissionLimitHoldsUnderConcurrentAnswers() throws Exception {
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, now().minus(Duration.ofMinutes(1)), now().plus(Duration.ofDays(1)), 5, "");
        addPuzzle(organiser, hunt, puzzle("ABC", 1, "STANDARD", "secret", ""));
        addPuzzle(organiser, hunt, puzzle("DEF", 2, "STANDARD", "other", "\"submissionLimit\": 1"));
        var captain = accounts.newUser();
        String code = team(captain, hunt, "Guessers").get("joinCode").asString();
        List<Accounts.SignedIn> members = new ArrayList<>(List.of(captain));
        for (int i = 0; i < 4; i++) {
            var member = accounts.newUser();
            assertThat(join(member, hunt, code).status()).isEqualTo(200);
            members.add(member);
        }
        List<Callable<Api.Response>> guesses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var member = members.get(i % members.size());
            int guess = i;
            guesses.add(() -> submit(member, hunt, "ABC", "guess " + guess));
        }

        List<Api.Response> results = concurrently(guesses);

        assertThat(results.stream().filter(r -> r.status() == 200))
                .as("the default: 3 per 5 minutes")
                .hasSize(3);
        assertThat(results.stream().filter(r -> r.status() == 429))
                .hasSize(7)
                .allSatisfy(r -> assertThat(r.headers().getFirst("Retry-After")).isNotNull());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hunt_submissions WHERE hunt_id = ?", Long.class, hunt))
                .isEqualTo(3);
        assertThat(submit(captain, hunt, "DEF", "one").status()).isEqualTo(200);
        assertThat(submit(captain, hunt, "DEF", "two").status())
                .as("the puzzle's own limit")
                .isEqualTo(429);
    }

    @Test
    void ruleFaultsComeBackWithLineAndColumnAndPuzzleChangesMustFitTheRules() {
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, now(), now().plus(Duration.ofDays(1)), 1, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        addPuzzle(organiser, hunt, puzzle("A02", 2, "STANDARD", "two", ""));

        var broken = organiser.put(
                "/api/v1/hunts/" + hunt + "/manage/rules",
                "{\"source\": \"PA01 <= +0:00\\nPBEEF <= PA01 SOLVE\\nPA02 <=\\nPA01 <= PA02 SOLVE\"}");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("code").asString()).isEqualTo("validation-failed");
        var errors = broken.json().get("errors");
        assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("rules");
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asInt()).isEqualTo(1);
        assertThat(errors.toString()).contains("line").contains("\"line\":3");
        var cycle = organiser.put(
                "/api/v1/hunts/" + hunt + "/manage/rules", "{\"source\": \"PA01 <= PA02 SOLVE\\nPA02 <= PA01 SOLVE\"}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().get("errors").get(0).get("message").asString()).contains("cycle");
        assertThat(organiser
                        .get("/api/v1/hunts/" + hunt + "/manage/rules")
                        .json()
                        .get("source")
                        .asString())
                .as("nothing was saved")
                .isEmpty();

        rules(organiser, hunt, "PA01 <= +0:00\nPA02 <= PA01 SOLVE");
        var delete = organiser.delete("/api/v1/hunts/" + hunt + "/manage/puzzles/A02");
        assertThat(delete.status()).as("the rules name it").isEqualTo(409);
        assertThat(delete.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        var invalidPattern = organiser.post(
                "/api/v1/hunts/" + hunt + "/manage/puzzles",
                puzzle("A03", 3, "STANDARD", "three", "\"responses\": [{\"pattern\": \"ab(c\", \"reply\": \"x\"}]"));
        assertThat(invalidPattern.status()).isEqualTo(400);
        assertThat(invalidPattern.json().at("/errors/0/field").asString()).isEqualTo("responses[0].pattern");
        assertThat(invalidPattern.json().at("/errors/0/message").asString()).contains("column");

        var tested = organiser.post(
                "/api/v1/hunts/" + hunt + "/manage/rules/test",
                "{\"at\": \"%s\", \"solves\": {\"a01\": \"%s\"}}"
                        .formatted(now().plus(Duration.ofMinutes(10)), now().plus(Duration.ofMinutes(5))));
        assertThat(tested.status()).as(tested.body()).isEqualTo(200);
        assertThat(tested.json().get("unlocks").has("A02")).isTrue();
        assertThat(tested.json().get("rules")).hasSize(2);
    }

    @Test
    void timedRulesUnlockByTheTimerAndHintsNeverExceedTheLimit() {
        Instant start = clock.freeze().truncatedTo(ChronoUnit.MICROS);
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, start, start.plus(Duration.ofDays(1)), 1, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        addPuzzle(organiser, hunt, puzzle("B01", 2, "STANDARD", "two", ""));
        addPuzzle(organiser, hunt, puzzle("C01", 3, "STANDARD", "three", ""));
        rules(
                organiser,
                hunt,
                "PA01 <= +0:00\nPB01 <= +1:00\nPC01 <= 30 MINUTES AFTER PA01 SOLVE\n1 HINTS <= EVERY 30 MINUTES LIMIT 2");
        var player = accounts.newUser();
        team(player, hunt, "Timed");
        timer.evaluateDue();
        assertThat(unlocked(player, hunt)).containsExactly("A01");

        clock.advance(Duration.ofMinutes(10));
        assertThat(submit(player, hunt, "A01", "one").json().get("outcome").asString())
                .isEqualTo("CORRECT");
        clock.advance(Duration.ofMinutes(29));
        timer.evaluateDue();
        assertThat(unlocked(player, hunt)).containsExactly("A01");
        assertThat(player.get("/api/v1/hunts/" + hunt + "/team")
                        .json()
                        .get("hintsEarned")
                        .asInt())
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        timer.evaluateDue();
        assertThat(unlocked(player, hunt)).containsExactly("A01", "C01");
        clock.advance(Duration.ofMinutes(30));
        timer.evaluateDue();
        var list = player.get("/api/v1/hunts/" + hunt + "/puzzles").json();
        assertThat(list).hasSize(3);
        assertThat(Instant.parse(list.get(1).get("unlockedAt").asString())).isEqualTo(start.plus(Duration.ofHours(1)));
        clock.advance(Duration.ofHours(3));
        timer.evaluateDue();
        assertThat(player.get("/api/v1/hunts/" + hunt + "/team")
                        .json()
                        .get("hintsEarned")
                        .asInt())
                .as("EVERY ... LIMIT 2")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM hunt_events WHERE hunt_id = ? AND kind = 'UNLOCK'", Long.class, hunt))
                .as("each unlock recorded once")
                .isEqualTo(3);
    }

    @Test
    void afterTheHuntAnyoneReadsThePuzzlesAndChecksAnswersWithoutRecords() {
        Instant start = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, start, start.plus(Duration.ofHours(1)), 1, """
                "prepuzzleContent": "What is 2+2?", "prepuzzleAnswer": "four", "prepuzzleReply": "See you there" """);
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "Hidden Answer", ""));
        var player = accounts.newUser();
        team(player, hunt, "Late");
        var anonymous = accounts.anonymous();
        assertThat(anonymous.get("/api/v1/hunts/" + hunt + "/puzzles").body())
                .as("nothing public while the hunt runs")
                .isEqualTo("[]");
        assertThat(anonymous.get("/api/v1/hunts/" + hunt).json().has("prepuzzle"))
                .isFalse();
        assertThat(submit(player, hunt, "A01", "wrong").status()).isEqualTo(200);

        clock.advance(Duration.ofHours(2));
        var puzzles = anonymous.get("/api/v1/hunts/" + hunt + "/puzzles");
        assertThat(puzzles.status()).isEqualTo(200);
        assertThat(puzzles.json().get(0).get("answer").asString()).isEqualTo("Hidden Answer");
        var check =
                anonymous.post("/api/v1/hunts/" + hunt + "/puzzles/A01/submissions", "{\"answer\": \"hidden answer\"}");
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().get("outcome").asString()).isEqualTo("CORRECT");
        assertThat(check.json().get("recorded").asBoolean()).isFalse();
        assertThat(submit(player, hunt, "A01", "hidden answer")
                        .json()
                        .get("recorded")
                        .asBoolean())
                .isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hunt_submissions WHERE hunt_id = ?", Long.class, hunt))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM hunt_solves s JOIN hunt_teams t ON t.id = s.team_id WHERE t.hunt_id = ?",
                        Long.class,
                        hunt))
                .isZero();
        var prepuzzle =
                api.post("/api/v1/hunts/" + hunt + "/prepuzzle/check", "application/json", "{\"answer\": \"FOUR\"}");
        assertThat(prepuzzle.json().get("reply").asString()).isEqualTo("See you there");
        var details = anonymous.get("/api/v1/hunts/" + hunt).json();
        assertThat(details.get("state").asString()).isEqualTo("ENDED");
        assertThat(details.get("intro").asString()).isEqualTo("Find the <b>treasure</b>");
        assertThat(details.has("settings")).isFalse();
        assertThat(organiser
                        .post("/api/v1/hunts/" + hunt + "/archive", "{}")
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("ARCHIVED");
    }

    @Test
    void aPuzzlesPictureReachesTeamsThatUnlockedItAndEveryoneAfterTheHunt() {
        Instant start = clock.freeze();
        var organiser = accounts.newUser();
        var uploaded = organiser.upload(
                "/api/v1/storage", "map.png", "image/png", io.quizhall.storage.TestFiles.png(7, 5), java.util.Map.of());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String picture = uploaded.json().get("id").asString();
        UUID hunt = createHunt(organiser, start, start.plus(Duration.ofHours(1)), 1, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", "\"pictures\": [\"" + picture + "\"]"));
        addPuzzle(organiser, hunt, puzzle("B01", 2, "STANDARD", "two", ""));
        rules(organiser, hunt, "PB01 <= +0:00\nPA01 <= PB01 SOLVE");
        var player = accounts.newUser();
        team(player, hunt, "Mappers");
        var stranger = accounts.newUser();
        String download = "/api/v1/storage/" + picture + "/download";

        assertThat(player.getBytes(download, java.util.Map.of()).status())
                .as("not unlocked yet")
                .isEqualTo(404);
        assertThat(submit(player, hunt, "B01", "two").json().get("outcome").asString())
                .isEqualTo("CORRECT");
        assertThat(player.get("/api/v1/hunts/" + hunt + "/puzzles/A01")
                        .json()
                        .get("pictures")
                        .get(0)
                        .asString())
                .isEqualTo(picture);
        assertThat(player.getBytes(download, java.util.Map.of()).status()).isEqualTo(200);
        assertThat(stranger.getBytes(download, java.util.Map.of()).status()).isEqualTo(404);
        var otherOrganiser = accounts.newUser();
        assertThat(organiser
                        .post(
                                "/api/v1/hunts/" + hunt + "/manage/puzzles",
                                puzzle("C01", 3, "STANDARD", "x", "\"pdf\": \"" + picture + "\""))
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .as("a picture is no PDF")
                .isEqualTo("pdf");
        assertThat(otherOrganiser.getBytes(download, java.util.Map.of()).status())
                .isEqualTo(404);

        clock.advance(Duration.ofHours(2));
        assertThat(accounts.anonymous().getBytes(download, java.util.Map.of()).status())
                .isEqualTo(200);
    }
}
