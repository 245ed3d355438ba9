package io.quizhall.hunt;

import static io.quizhall.hunt.HuntFixtures.addPuzzle;
import static io.quizhall.hunt.HuntFixtures.concurrently;
import static io.quizhall.hunt.HuntFixtures.createHunt;
import static io.quizhall.hunt.HuntFixtures.join;
import static io.quizhall.hunt.HuntFixtures.nextOfKind;
import static io.quizhall.hunt.HuntFixtures.puzzle;
import static io.quizhall.hunt.HuntFixtures.quote;
import static io.quizhall.hunt.HuntFixtures.rules;
import static io.quizhall.hunt.HuntFixtures.submit;
import static io.quizhall.hunt.HuntFixtures.subscribed;
import static io.quizhall.hunt.HuntFixtures.team;
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
import org.springframework.messaging.simp.user.SimpUserRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The hint economy through the public API: pool arithmetic for every pool and allocation, the canned-hint policies,
 * the lockout, refunds to the right pool, spending under concurrent requests, the claim race of two organisers,
 * who may do what, and the team's live feed over STOMP.
 */
@IntegrationTest
class HuntHintTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    SimpUserRegistry users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A hunt open now with puzzles A01 and A02, the team earning {@code global} hints and {@code a01} for A01. */
    private record Setup(Accounts.SignedIn organiser, UUID hunt, Accounts.SignedIn player, JsonNode team) {

        String hints(String shortId) {
            return "/api/v1/hunts/" + hunt + "/puzzles/" + shortId + "/hints";
        }

        String queue() {
            return "/api/v1/hunts/" + hunt + "/manage/hint-requests";
        }
    }

    private Setup setup(int global, int a01, String settings, int canned) {
        return setup(global, a01, settings, canned, Instant.now().minusSeconds(60), 4);
    }

    private Setup setup(int global, int a01, String settings, int canned, Instant start, int teamSize) {
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, start, start.plus(Duration.ofDays(1)), teamSize, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        addPuzzle(organiser, hunt, puzzle("A02", 2, "STANDARD", "two", ""));
        StringBuilder source = new StringBuilder("PA01 <= +0:00\nPA02 <= +0:00");
        if (global > 0) {
            source.append("\n").append(global).append(" HINTS <= +0:00");
        }
        if (a01 > 0) {
            source.append("\n").append(a01).append(" PA01 HINTS <= +0:00");
        }
        rules(organiser, hunt, source.toString());
        var saved = organiser.put("/api/v1/hunts/" + hunt + "/manage/hints", settings);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        if (canned > 0) {
            List<String> hints = new ArrayList<>();
            for (int i = 1; i <= canned; i++) {
                hints.add(quote("Hint <b>" + i + "</b>"));
            }
            var put = organiser.put(
                    "/api/v1/hunts/" + hunt + "/manage/puzzles/A01/hints",
                    "{\"hints\": [" + String.join(", ", hints) + "]}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
        }
        var player = accounts.newUser();
        JsonNode team = team(player, hunt, "Hinters");
        return new Setup(organiser, hunt, player, team);
    }

    private static String settings(String pools, String allocation, String policy, int lockout) {
        return """
                {"pools": "%s", "allocation": "%s", "cannedPolicy": "%s", "lockoutMinutes": %d}""".formatted(pools, allocation, policy, lockout);
    }

    private static JsonNode page(Setup setup, String shortId) {
        var page = setup.player().get(setup.hints(shortId));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json();
    }

    private static Api.Response reveal(Setup setup, Accounts.SignedIn player, String shortId) {
        return player.post(setup.hints(shortId) + "/canned", "{}");
    }

    private static Api.Response ask(Setup setup, Accounts.SignedIn player, String shortId, String question) {
        return player.post(setup.hints(shortId) + "/requests", "{\"question\": " + quote(question) + "}");
    }

    private static String code(Api.Response response) {
        return response.json().get("code").asString();
    }

    @Test
    void theGlobalPoolPaysForEveryHintOfEveryPuzzle() {
        Setup setup = setup(2, 5, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 3);
        JsonNode before = page(setup, "A01");
        assertThat(before.get("globalAvailable").asInt()).isEqualTo(2);
        assertThat(before.get("puzzleAvailable").asInt()).isEqualTo(5);
        assertThat(before.get("nextCannedPool").asString()).isEqualTo("GLOBAL");
        assertThat(before.get("cannedLeft").asInt()).isEqualTo(3);

        var first = reveal(setup, setup.player(), "A01");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("number").asInt()).isEqualTo(1);
        assertThat(first.json().get("content").asString()).isEqualTo("Hint <b>1</b>");
        assertThat(first.json().get("pool").asString()).isEqualTo("GLOBAL");
        var asked = ask(setup, setup.player(), "A02", "Is it a word?");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("pool").asString()).isEqualTo("GLOBAL");
        assertThat(asked.json().get("status").asString()).isEqualTo("UNCLAIMED");

        var refused = reveal(setup, setup.player(), "A01");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(code(refused)).as("the puzzle's pool is not used").isEqualTo("no-hints-left");
        JsonNode after = page(setup, "A01");
        assertThat(after.get("globalAvailable").asInt()).isZero();
        assertThat(after.get("puzzleAvailable").asInt()).isEqualTo(5);
        assertThat(after.get("hintsUsed").asInt()).isEqualTo(2);
        assertThat(after.get("revealed")).hasSize(1);
        assertThat(after.get("cannedLeft").asInt()).isEqualTo(2);
        assertThat(after.get("cannedAllowed").asBoolean()).isFalse();
        assertThat(after.get("cannedRefusal").asString()).isEqualTo("no-hints-left");
    }

    @Test
    void aPuzzlePoolPaysOnlyForItsOwnPuzzle() {
        Setup setup = setup(3, 2, settings("PUZZLE", "PUZZLE_FIRST", "MIXED", 0), 3);
        assertThat(code(ask(setup, setup.player(), "A02", "help"))).isEqualTo("no-hints-left");
        assertThat(reveal(setup, setup.player(), "A01").json().get("pool").asString())
                .isEqualTo("PUZZLE");
        assertThat(ask(setup, setup.player(), "A01", "help").json().get("pool").asString())
                .isEqualTo("PUZZLE");
        assertThat(code(reveal(setup, setup.player(), "A01"))).isEqualTo("no-hints-left");
        JsonNode page = page(setup, "A01");
        assertThat(page.get("globalAvailable").asInt())
                .as("the global pool is untouched")
                .isEqualTo(3);
        assertThat(page.get("puzzleAvailable").asInt()).isZero();
        assertThat(page.get("hintsUsed").asInt()).isEqualTo(2);
    }

    @Test
    void withBothPoolsThePuzzlePoolIsSpentFirstThenTheGlobalOne() {
        Setup setup = setup(1, 1, settings("BOTH", "PUZZLE_FIRST", "MIXED", 0), 3);
        assertThat(page(setup, "A01").get("nextRequestPool").asString()).isEqualTo("PUZZLE");
        assertThat(reveal(setup, setup.player(), "A01").json().get("pool").asString())
                .isEqualTo("PUZZLE");
        assertThat(page(setup, "A01").get("nextCannedPool").asString()).isEqualTo("GLOBAL");
        assertThat(ask(setup, setup.player(), "A01", "more?").json().get("pool").asString())
                .isEqualTo("GLOBAL");
        assertThat(code(reveal(setup, setup.player(), "A01"))).isEqualTo("no-hints-left");
        assertThat(page(setup, "A01").get("hintsUsed").asInt()).isEqualTo(2);
    }

    @Test
    void splitAllocationTakesCannedHintsFromThePuzzleAndRequestsFromTheGlobalPool() {
        Setup setup = setup(1, 1, settings("BOTH", "SPLIT", "MIXED", 0), 3);
        assertThat(reveal(setup, setup.player(), "A01").json().get("pool").asString())
                .isEqualTo("PUZZLE");
        assertThat(code(reveal(setup, setup.player(), "A01")))
                .as("canned hints never fall back to the global pool")
                .isEqualTo("no-hints-left");
        assertThat(ask(setup, setup.player(), "A01", "a question")
                        .json()
                        .get("pool")
                        .asString())
                .isEqualTo("GLOBAL");
        assertThat(code(ask(setup, setup.player(), "A01", "another"))).isEqualTo("no-hints-left");
        JsonNode page = page(setup, "A01");
        assertThat(page.get("globalAvailable").asInt()).isZero();
        assertThat(page.get("puzzleAvailable").asInt()).isZero();
        assertThat(page.get("requests")).hasSize(1);
    }

    @Test
    void onlyRefusesCustomRequestsAndFirstRefusesThemWhileCannedHintsRemain() {
        Setup only = setup(5, 0, settings("GLOBAL", "PUZZLE_FIRST", "ONLY", 0), 1);
        assertThat(code(ask(only, only.player(), "A01", "help"))).isEqualTo("canned-hints-only");
        assertThat(page(only, "A01").get("requestRefusal").asString()).isEqualTo("canned-hints-only");

        Setup first = setup(5, 0, settings("GLOBAL", "PUZZLE_FIRST", "FIRST", 0), 2);
        assertThat(code(ask(first, first.player(), "A01", "help"))).isEqualTo("canned-hints-first");
        assertThat(ask(first, first.player(), "A02", "help").status())
                .as("a puzzle without canned hints takes requests at once")
                .isEqualTo(201);
        assertThat(reveal(first, first.player(), "A01").status()).isEqualTo(200);
        assertThat(code(ask(first, first.player(), "A01", "help"))).isEqualTo("canned-hints-first");
        assertThat(reveal(first, first.player(), "A01").status()).isEqualTo(200);
        assertThat(code(reveal(first, first.player(), "A01"))).isEqualTo("no-canned-hints-left");
        assertThat(ask(first, first.player(), "A01", "help").status()).isEqualTo(201);

        Setup mixed = setup(5, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 2);
        assertThat(ask(mixed, mixed.player(), "A01", "help").status()).isEqualTo(201);
        assertThat(page(mixed, "A01").get("requestAllowed").asBoolean()).isTrue();
    }

    @Test
    void hintsOpenOnlyLockoutMinutesAfterThePuzzleUnlocked() {
        Instant start = clock.freeze().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Setup setup = setup(3, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 5), 1, start, 4);
        var locked = reveal(setup, setup.player(), "A01");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(code(locked)).isEqualTo("hints-locked");
        Instant until = start.plus(Duration.ofMinutes(5));
        assertThat(Instant.parse(locked.json().get("lockedUntil").asString())).isEqualTo(until);
        assertThat(code(ask(setup, setup.player(), "A01", "help"))).isEqualTo("hints-locked");
        JsonNode page = page(setup, "A01");
        assertThat(Instant.parse(page.get("lockedUntil").asString())).isEqualTo(until);
        assertThat(page.get("requestRefusal").asString()).isEqualTo("hints-locked");

        clock.advance(Duration.ofMinutes(4));
        assertThat(reveal(setup, setup.player(), "A01").status()).isEqualTo(200);
        JsonNode open = page(setup, "A01").path("lockedUntil");
        assertThat(open.isMissingNode() || open.isNull()).isTrue();
    }

    @Test
    void aRefundGivesTheHintBackToThePoolItCameFromOnce() {
        Setup setup = setup(1, 1, settings("BOTH", "PUZZLE_FIRST", "MIXED", 0), 0);
        var fromPuzzle = ask(setup, setup.player(), "A01", "first");
        var fromGlobal = ask(setup, setup.player(), "A01", "second");
        assertThat(fromPuzzle.json().get("pool").asString()).isEqualTo("PUZZLE");
        assertThat(fromGlobal.json().get("pool").asString()).isEqualTo("GLOBAL");
        assertThat(page(setup, "A01").get("hintsUsed").asInt()).isEqualTo(2);

        String refund = setup.queue() + "/" + fromPuzzle.json().get("id").asString() + "/refund";
        var refunded = setup.organiser().post(refund, "{}");
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
        assertThat(refunded.json().get("status").asString()).isEqualTo("REFUNDED");
        JsonNode page = page(setup, "A01");
        assertThat(page.get("puzzleAvailable").asInt()).isEqualTo(1);
        assertThat(page.get("globalAvailable").asInt()).isZero();
        assertThat(page.get("hintsUsed").asInt()).isEqualTo(1);
        assertThat(page.at("/requests/1/status").asString()).isEqualTo("REFUNDED");

        var again = setup.organiser().post(refund, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("hint-request-closed");
        assertThat(page(setup, "A01").get("hintsUsed").asInt()).isEqualTo(1);
        assertThat(ask(setup, setup.player(), "A01", "third").json().get("pool").asString())
                .isEqualTo("PUZZLE");
    }

    @Test
    void manyMembersAskingAtOnceNeverSpendMoreThanTheTeamEarned() throws Exception {
        Setup setup = setup(3, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 0);
        List<Accounts.SignedIn> members = new ArrayList<>(List.of(setup.player()));
        for (int i = 0; i < 3; i++) {
            var member = accounts.newUser();
            assertThat(join(member, setup.hunt(), setup.team().get("joinCode").asString())
                            .status())
                    .isEqualTo(200);
            members.add(member);
        }
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Accounts.SignedIn member = members.get(i % members.size());
            String shortId = i % 2 == 0 ? "A01" : "A02";
            int n = i;
            calls.add(() -> ask(setup, member, shortId, "question " + n));
        }
        List<Api.Response> results = concurrently(calls);
        assertThat(results).filteredOn(r -> r.status() == 201).hasSize(3);
        assertThat(results)
                .filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(code(r)).isEqualTo("no-hints-left"))
                .hasSize(17);
        JsonNode page = page(setup, "A01");
        assertThat(page.get("hintsUsed").asInt()).isEqualTo(3);
        assertThat(page.get("globalAvailable").asInt()).isZero();
        var queue = setup.organiser().get(setup.queue());
        assertThat(queue.json()).hasSize(3);
    }

    @Test
    void ofTwoOrganisersClaimingAtOnceExactlyOneWins() throws Exception {
        Setup setup = setup(2, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 0);
        var staff = accounts.newUser();
        var named = setup.organiser()
                .put(
                        "/api/v1/hunts/" + setup.hunt() + "/organisers",
                        "{\"usernames\": [" + quote(staff.user().username()) + "]}");
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        String id = ask(setup, setup.player(), "A01", "Where do I start?")
                .json()
                .get("id")
                .asString();
        String path = setup.queue() + "/" + id;

        List<Api.Response> claims = concurrently(
                List.of(() -> setup.organiser().post(path + "/claim", "{}"), () -> staff.post(path + "/claim", "{}")));
        assertThat(claims).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(claims)
                .filteredOn(r -> r.status() == 409)
                .singleElement()
                .satisfies(r -> assertThat(code(r)).isEqualTo("already-claimed"));
        boolean ownerWon = claims.get(0).status() == 200;
        Accounts.SignedIn winner = ownerWon ? setup.organiser() : staff;
        Accounts.SignedIn loser = ownerWon ? staff : setup.organiser();
        assertThat(claims.get(ownerWon ? 0 : 1).json().get("claimant").asString())
                .isEqualTo(winner.user().username());

        assertThat(code(loser.post(path + "/respond", "{\"response\": \"No.\"}")))
                .isEqualTo("not-claimant");
        assertThat(code(loser.post(path + "/release", "{}"))).isEqualTo("not-claimant");
        assertThat(winner.post(path + "/release", "{}").json().get("status").asString())
                .isEqualTo("UNCLAIMED");
        assertThat(loser.post(path + "/claim", "{}").status()).isEqualTo(200);
        var answered = loser.post(path + "/respond", "{\"response\": \"Look at the <b>first</b> letters.\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(code(winner.post(path + "/claim", "{}"))).isEqualTo("hint-request-closed");

        var edited = winner.put(path + "/response", "{\"response\": \"Look at the first letters of each line.\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("history")).hasSize(2);
        assertThat(edited.json().at("/history/0/response").asString()).isEqualTo("Look at the <b>first</b> letters.");
        assertThat(edited.json().at("/history/1/username").asString())
                .isEqualTo(winner.user().username());

        JsonNode page = page(setup, "A01");
        assertThat(page.at("/requests/0/status").asString()).isEqualTo("ANSWERED");
        assertThat(page.at("/requests/0/response").asString()).isEqualTo("Look at the first letters of each line.");
        assertThat(page.toString()).as("teams never see the edit history").doesNotContain("<b>first</b>");
        var answeredOnly = setup.organiser().get(setup.queue() + "?status=answered");
        assertThat(answeredOnly.json()).hasSize(1);
        assertThat(setup.organiser().get(setup.queue() + "?status=UNCLAIMED").json())
                .isEmpty();
    }

    @Test
    void onlyTheTeamAndTheOrganisersReachTheirHints() {
        Setup setup = setup(2, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 1);
        var request = ask(setup, setup.player(), "A01", "mine");
        String path = setup.queue() + "/" + request.json().get("id").asString();
        var stranger = accounts.newUser();
        assertThat(stranger.get(setup.hints("A01")).status())
                .as("not in a team")
                .isEqualTo(404);
        assertThat(stranger.post(setup.hints("A01") + "/canned", "{}").status()).isEqualTo(404);
        var rival = accounts.newUser();
        team(rival, setup.hunt(), "Rivals");
        JsonNode rivalPage = rival.get(setup.hints("A01")).json();
        assertThat(rivalPage.get("requests"))
                .as("another team's requests are not shown")
                .isEmpty();
        assertThat(rival.get(setup.queue()).status()).isEqualTo(403);
        assertThat(rival.post(path + "/claim", "{}").status()).isEqualTo(403);
        assertThat(rival.post(path + "/refund", "{}").status()).isEqualTo(403);
        assertThat(setup.player().get(setup.queue()).status()).isEqualTo(403);
        assertThat(setup.player()
                        .get("/api/v1/hunts/" + setup.hunt() + "/manage/hints")
                        .status())
                .isEqualTo(403);
        assertThat(setup.player()
                        .put("/api/v1/hunts/" + setup.hunt() + "/manage/puzzles/A01/hints", "{\"hints\": [\"mine\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(setup.hints("A01")).status()).isEqualTo(401);

        Setup other = setup(1, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 0);
        String foreign = other.queue() + "/" + request.json().get("id").asString() + "/claim";
        assertThat(other.organiser().post(foreign, "{}").status())
                .as("a request is only found through its own hunt")
                .isEqualTo(404);
    }

    @Test
    void settingsAndCannedHintsAreCheckedAndSanitised() {
        Setup setup = setup(1, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 0);
        String base = "/api/v1/hunts/" + setup.hunt();
        var bad = setup.organiser()
                .put(
                        base + "/manage/hints",
                        "{\"pools\": \"SOME\", \"cannedPolicy\": \"MIXED\", \"lockoutMinutes\": -1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"pools\"").contains("\"lockoutMinutes\"");
        assertThat(setup.organiser()
                        .get(base + "/manage/hints")
                        .json()
                        .get("pools")
                        .asString())
                .isEqualTo("GLOBAL");

        var saved = setup.organiser()
                .put(
                        base + "/manage/puzzles/A01/hints",
                        "{\"hints\": [\"Look <i>closer</i><script>alert(1)</script>\", \"Second\"]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().at("/hints/0").asString()).isEqualTo("Look <i>closer</i>");
        assertThat(setup.organiser()
                        .get(base + "/manage/puzzles/a01/hints")
                        .json()
                        .get("hints"))
                .hasSize(2);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("\"hint\"");
        }
        var tooMany = setup.organiser()
                .put(base + "/manage/puzzles/A01/hints", "{\"hints\": [" + String.join(",", many) + ", \"\"]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"hints\"").contains("\"hints[21]\"");
        assertThat(code(ask(setup, setup.player(), "A01", ""))).isEqualTo("validation-failed");
        assertThat(code(ask(setup, setup.player(), "A01", "x".repeat(1001)))).isEqualTo("validation-failed");
    }

    @Test
    void hintsSpentOrderTheLeaderboardAndComeBackWhenTheirPuzzleIsDeleted() {
        Setup setup = setup(3, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 2);
        var rivals = accounts.newUser();
        team(rivals, setup.hunt(), "Rivals");
        var ranking = setup.organiser()
                .put(
                        "/api/v1/hunts/" + setup.hunt() + "/manage/ranking",
                        "{\"rules\": [{\"criterion\": \"HINTS_USED\", \"visible\": true}]}");
        assertThat(ranking.status()).as(ranking.body()).isEqualTo(200);
        assertThat(reveal(setup, setup.player(), "A01").status()).isEqualTo(200);
        assertThat(ask(setup, setup.player(), "A02", "Is it a number?").status())
                .isEqualTo(201);

        var board = setup.player().get("/api/v1/hunts/" + setup.hunt() + "/leaderboard");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        JsonNode rows = board.json().get("groups").get(0).get("teams");
        assertThat(rows.get(0).get("name").asString())
                .as("fewer hints ranks first")
                .isEqualTo("Rivals");
        assertThat(rows.get(0).get("values").get("HINTS_USED").asInt()).isZero();
        assertThat(rows.get(1).get("name").asString()).isEqualTo("Hinters");
        assertThat(rows.get(1).get("values").get("HINTS_USED").asInt()).isEqualTo(2);

        // A02 goes: the request paid from the global pool goes with it, and the count follows.
        rules(setup.organiser(), setup.hunt(), "PA01 <= +0:00\n3 HINTS <= +0:00");
        var deleted = setup.organiser().delete("/api/v1/hunts/" + setup.hunt() + "/manage/puzzles/A02");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        JsonNode after = page(setup, "A01");
        assertThat(after.get("hintsUsed").asInt()).isEqualTo(1);
        assertThat(after.get("globalAvailable").asInt()).isEqualTo(2);
    }

    @Test
    void aSolvedPuzzleTakesNoMoreHints() {
        Setup setup = setup(3, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 2);
        assertThat(reveal(setup, setup.player(), "A01").status()).isEqualTo(200);
        assertThat(submit(setup.player(), setup.hunt(), "A01", "one")
                        .json()
                        .get("outcome")
                        .asString())
                .isEqualTo("CORRECT");
        assertThat(code(reveal(setup, setup.player(), "A01"))).isEqualTo("already-solved");
        assertThat(code(ask(setup, setup.player(), "A01", "too late"))).isEqualTo("already-solved");
        JsonNode page = page(setup, "A01");
        assertThat(page.get("revealed")).as("what was revealed stays readable").hasSize(1);
        assertThat(page.get("requestRefusal").asString()).isEqualTo("already-solved");
    }

    @Test
    void theTeamFeedHearsOfRevealsAndAnswersAndTheOrganisersOfEveryStep() {
        Setup setup = setup(3, 0, settings("GLOBAL", "PUZZLE_FIRST", "MIXED", 0), 1);
        String teamTopic = HuntLive.teamTopic(
                setup.hunt(), UUID.fromString(setup.team().get("id").asString()));
        String allTopic = HuntLive.allTopic(setup.hunt());
        try (var teamFeed = subscribed(api, users, setup.player(), teamTopic);
                var staffFeed = subscribed(api, users, setup.organiser(), allTopic)) {
            assertThat(reveal(setup, setup.player(), "A01").status()).isEqualTo(200);
            JsonNode revealed = nextOfKind(teamFeed, teamTopic, "HINT_REVEAL");
            assertThat(revealed.get("puzzle").asString()).isEqualTo("A01");

            String id = ask(setup, setup.player(), "A01", "Which way?")
                    .json()
                    .get("id")
                    .asString();
            JsonNode requested = nextOfKind(staffFeed, allTopic, "HINT_REQUEST");
            assertThat(requested.get("text").asString()).isEqualTo("Which way?");
            String path = setup.queue() + "/" + id;
            assertThat(setup.organiser().post(path + "/claim", "{}").status()).isEqualTo(200);
            assertThat(nextOfKind(staffFeed, allTopic, "HINT_CLAIM")
                            .get("username")
                            .asString())
                    .isEqualTo(setup.organiser().user().username());
            assertThat(setup.organiser()
                            .post(path + "/respond", "{\"response\": \"North.\"}")
                            .status())
                    .isEqualTo(200);
            JsonNode answered = nextOfKind(teamFeed, teamTopic, "HINT_ANSWER");
            assertThat(answered.get("text").asString()).isEqualTo("North.");
            assertThat(nextOfKind(staffFeed, allTopic, "HINT_ANSWER")
                            .get("puzzle")
                            .asString())
                    .isEqualTo("A01");
            assertThat(teamFeed.frames())
                    .as("how staff handle the queue stays with the staff")
                    .noneSatisfy(frame -> assertThat(frame.body()).contains("HINT_CLAIM"));
            assertThat(setup.organiser().post(path + "/refund", "{}").status()).isEqualTo(200);
            assertThat(nextOfKind(teamFeed, teamTopic, "HINT_REFUND")
                            .get("outcome")
                            .asString())
                    .isEqualTo("GLOBAL");
        }
        var feed = setup.player().get("/api/v1/hunts/" + setup.hunt() + "/team/feed");
        assertThat(feed.body()).contains("HINT_ANSWER").doesNotContain("HINT_CLAIM");
        assertThat(setup.organiser()
                        .get("/api/v1/hunts/" + setup.hunt() + "/manage/feed")
                        .body())
                .contains("HINT_CLAIM");
    }
}
