package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures;
import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The hot seat over real STOMP: a ladder round inside a live game, its contestant chosen by the fastest finger or
 * the host, lifelines on the server, the ladder's rules at each close, and no right option in any frame before
 * its question closes.
 */
@IntegrationTest
class HotSeatTests {

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

    /** Three EASY levels, prizes 100, 200 (safe) and 300, over eight fixture questions whose right option is "Right". */
    private String ladder() {
        var admin = accounts.newAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var items = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            items.add(LadderFixtures.multiple("Hot " + tag, "easy", "Hot-seat question " + tag + " number " + i + "?"));
        }
        var imported = admin.post(
                "/api/v1/ladder-questions/imports/opentdb", "{\"results\": [" + String.join(",", items) + "]}");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String slug = "hot-" + tag;
        var created = admin.post("/api/v1/ladders", """
                {"slug": "%s", "name": "Hot %s", "categories": ["hot-%s"], "levels": [
                  {"prize": 100, "difficulty": "EASY", "seconds": 20, "safe": false},
                  {"prize": 200, "difficulty": "EASY", "seconds": 20, "safe": true},
                  {"prize": 300, "difficulty": "EASY", "seconds": 20, "safe": false}]}""".formatted(slug, tag, tag));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return slug;
    }

    private Hosted host(String slug, String body) {
        var host = accounts.newUser();
        var created = host.post("/api/v1/ladders/" + slug + "/hot-seat", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID gameId = UUID.fromString(created.json().get("gameId").asString());
        var stomp = StompClient.host(api.baseUrl(), host.cookie("qh_session").orElseThrow());
        GameFixtures.subscribeAll(stomp, gameId);
        stomp.subscribe(topic(gameId, "hotseat"));
        stomp.subscribe("/user/queue/host");
        stomp.sync(gameId);
        return new Hosted(gameId, created.json().get("pin").asString(), host, stomp);
    }

    private Player join(Hosted game, String nickname) {
        Player player = GameFixtures.join(api, api.baseUrl(), game, nickname);
        player.stomp().subscribe(topic(game.gameId(), "hotseat"));
        player.stomp().sync(game.gameId());
        return player;
    }

    @Test
    void theFastestRightFingerTakesTheSeatAndAWrongAnswerDropsToTheSafeLevel() {
        clock.freeze();
        Hosted game = host(ladder(), "{}");
        Player ada = join(game, "Ada");
        Player bob = join(game, "Bob");
        Player cy = join(game, "Cy");
        List<Player> everyone = List.of(ada, bob, cy);

        GameFixtures.hostAction(game, "start");
        JsonNode first = opened(game, everyone, 0);
        int right = rightId(first);
        clock.advance(Duration.ofSeconds(1));
        answer(bob, 0, right);
        clock.advance(Duration.ofSeconds(1));
        answer(ada, 0, right);
        answer(cy, 0, wrongIds(first, right).get(0));
        JsonNode seated = closed(game, everyone, 0).get("hotSeat");
        assertThat(seated.get("contestantName").asString())
                .as("the fastest right answer")
                .isEqualTo("Bob");
        assertThat(seated.get("outcome").asString()).isEqualTo("playing");
        assertThat(seated.has("questionLevel"))
                .as("the fastest-finger question has no level")
                .isFalse();

        // Level 1: the 50:50 removes two wrong options, once; the audience poll is the room's answers.
        GameFixtures.hostAction(game, "next");
        JsonNode level1 = opened(game, everyone, 1);
        right = rightId(level1);
        hotSeat(bob, game, "fifty");
        JsonNode fifty = bob.stomp().next(topic(game.gameId(), "hotseat")).json();
        assertThat(fifty.get("removed").valueStream().map(JsonNode::asInt).toList())
                .hasSize(2)
                .doesNotContain(right)
                .isSubsetOf(wrongIds(level1, right));
        assertThat(fifty.get("lifelines").valueStream().map(JsonNode::asString).toList())
                .containsExactly("audience", "switch");
        hotSeat(bob, game, "fifty");
        assertThat(bob.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("lifeline_used");
        hotSeat(ada, game, "audience");
        assertThat(ada.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("not_contestant");
        answer(ada, 1, right);
        answer(cy, 1, wrongIds(level1, right).get(0));
        hotSeat(bob, game, "audience");
        JsonNode poll = bob.stomp().next(topic(game.gameId(), "hotseat")).json().get("poll");
        assertThat(poll.get("answers").asInt()).isEqualTo(2);
        assertThat(poll.get("percentages").get(Integer.toString(right)).asInt()).isEqualTo(50);
        assertThat(poll.get("percentages")
                        .valueStream()
                        .mapToInt(JsonNode::asInt)
                        .sum())
                .isEqualTo(100);
        answer(bob, 1, right);
        JsonNode afterLevel1 = closed(game, everyone, 1).get("hotSeat");
        assertThat(afterLevel1.get("level").asInt()).isEqualTo(1);
        assertThat(afterLevel1.get("prize").asLong()).isEqualTo(100);

        // Level 2: switching closes the question undecided and opens its spare.
        GameFixtures.hostAction(game, "next");
        opened(game, everyone, 3);
        hotSeat(bob, game, "switch");
        assertThat(closed(game, everyone, 3).get("hotSeat").get("level").asInt())
                .isEqualTo(1);
        JsonNode spare = opened(game, everyone, 4);
        answer(bob, 4, rightId(spare));
        GameFixtures.hostAction(game, "close");
        JsonNode afterLevel2 = closed(game, everyone, 4).get("hotSeat");
        assertThat(afterLevel2.get("level").asInt()).isEqualTo(2);
        assertThat(afterLevel2.get("prize").asLong()).isEqualTo(200);

        // Level 3: a wrong answer ends the round at the safe level's prize.
        GameFixtures.hostAction(game, "next");
        JsonNode level3 = opened(game, everyone, 5);
        answer(bob, 5, wrongIds(level3, rightId(level3)).get(0));
        GameFixtures.hostAction(game, "close");
        JsonNode lost = closed(game, everyone, 5).get("hotSeat");
        assertThat(lost.get("outcome").asString()).isEqualTo("lost");
        assertThat(lost.get("prize").asLong()).isEqualTo(200);
        GameFixtures.hostAction(game, "next");
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("invalid_action");

        GameFixtures.hostAction(game, "end");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForList("SELECT 1 FROM game_results WHERE id = ?", game.gameId())
                                .size()
                        == 1);
        assertThat(jdbc.queryForMap("SELECT quiz_id, mode FROM game_results WHERE id = ?", game.gameId()))
                .containsEntry("quiz_id", null)
                .containsEntry("mode", "hotseat");
        closeAll(game, everyone);
    }

    @Test
    void theHostChoosesTheContestantWhoMayWalkAwayWithThePrize() {
        Hosted game = host(ladder(), "{\"fastestFinger\": false}");
        Player ada = join(game, "Ada");
        Player bob = join(game, "Bob");
        List<Player> everyone = List.of(ada, bob);

        GameFixtures.hostAction(game, "start");
        assertThat(game.stomp().next("/user/queue/errors").json().get("message").asString())
                .contains("Choose the contestant");
        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/hotseat/contestant",
                        "{\"playerId\": \"%s\"}".formatted(ada.playerId()));
        JsonNode chosen = bob.stomp().next(topic(game.gameId(), "hotseat")).json();
        assertThat(chosen.get("contestantName").asString()).isEqualTo("Ada");
        assertThat(chosen.get("rungs").size()).isEqualTo(3);

        GameFixtures.hostAction(game, "start");
        JsonNode level1 = opened(game, everyone, 0);
        answer(ada, 0, rightId(level1));
        answer(bob, 0, rightId(level1));
        assertThat(closed(game, everyone, 0).get("hotSeat").get("prize").asLong())
                .isEqualTo(100);

        GameFixtures.hostAction(game, "next");
        opened(game, everyone, 2);
        hotSeat(ada, game, "walk");
        JsonNode walked = closed(game, everyone, 2).get("hotSeat");
        assertThat(walked.get("outcome").asString()).isEqualTo("walked");
        assertThat(walked.get("prize").asLong()).isEqualTo(100);
        assertThat(bob.stomp().sync(game.gameId()).get("hotSeat").get("outcome").asString())
                .as("a reconnecting client sees where the round is")
                .isEqualTo("walked");

        // Only the host may choose; the player's connection is refused.
        ada.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/hotseat/contestant",
                        "{\"playerId\": \"%s\"}".formatted(bob.playerId()));
        assertThat(ada.stomp().refusal()).contains("forbidden");
        closeAll(game, everyone);
    }

    @Test
    void hostingNeedsASignInAndAKnownLadder() {
        assertThat(accounts.anonymous()
                        .post("/api/v1/ladders/classic/hot-seat", "{}")
                        .status())
                .isEqualTo(401);
        var missing = accounts.newUser().post("/api/v1/ladders/no-such-ladder/hot-seat", "{}");
        assertThat(missing.status()).isEqualTo(404);
    }

    /**
     * The question opened for everyone; until its close, no frame anyone received says which option is right.
     */
    private static JsonNode opened(Hosted game, List<Player> players, int index) {
        JsonNode opened = game.stomp().next(topic(game.gameId(), "question")).json();
        assertThat(opened.get("index").asInt()).isEqualTo(index);
        for (Player player : players) {
            assertThat(player.stomp()
                            .next(topic(game.gameId(), "question"))
                            .json()
                            .get("index")
                            .asInt())
                    .isEqualTo(index);
        }
        return opened;
    }

    private static JsonNode closed(Hosted game, List<Player> players, int index) {
        for (Player player : players) {
            JsonNode results =
                    player.stomp().next(topic(game.gameId(), "results")).json();
            assertThat(results.get("index").asInt()).isEqualTo(index);
            assertThat(whileOpen(player.stomp().frames(), game.gameId(), index))
                    .as("no solution while question %d was open", index)
                    .isNotEmpty()
                    .noneMatch(frame -> frame.body().contains("rightIds")
                            || frame.body().contains("\"right\"")
                            || frame.body().contains("\"correct\""));
        }
        JsonNode results = game.stomp().next(topic(game.gameId(), "results")).json();
        assertThat(results.get("index").asInt()).isEqualTo(index);
        return results;
    }

    /**
     * The frames a client received from a question's opening up to (not including) its close: the results on
     * the topic or the player's own result, whichever came first.
     */
    private static List<StompClient.Frame> whileOpen(List<StompClient.Frame> frames, UUID gameId, int index) {
        var open = new ArrayList<StompClient.Frame>();
        boolean opened = false;
        for (StompClient.Frame frame : frames) {
            boolean ofThisQuestion =
                    frame.body().startsWith("{") && frame.json().path("index").asInt(-1) == index;
            boolean closing = frame.destination().equals(topic(gameId, "results")) && ofThisQuestion
                    || frame.destination().equals("/user/queue/result")
                            && frame.json().path("question").asInt(-1) == index;
            if (closing) {
                break;
            }
            opened |= frame.destination().equals(topic(gameId, "question")) && ofThisQuestion;
            if (opened) {
                open.add(frame);
            }
        }
        return open;
    }

    private static int rightId(JsonNode opened) {
        return GameFixtures.idsOf(opened, "Right").get(0);
    }

    private static List<Integer> wrongIds(JsonNode opened, int right) {
        return opened.get("choices")
                .valueStream()
                .map(choice -> choice.get("id").asInt())
                .filter(id -> id != right)
                .toList();
    }

    private static void answer(Player player, int question, int option) {
        player.stomp()
                .send(
                        "/app/games/" + player.token().substring(0, 36) + "/answer",
                        "{\"question\": %d, \"answer\": %d}".formatted(question, option));
        player.stomp().next("/user/queue/ack");
    }

    private static void hotSeat(Player player, Hosted game, String action) {
        player.stomp().send("/app/games/" + game.gameId() + "/hotseat/" + action, "{}");
    }

    private static String topic(UUID gameId, String name) {
        return "/topic/games." + gameId + "." + name;
    }

    private static void closeAll(Hosted game, List<Player> players) {
        players.forEach(player -> player.stomp().close());
        game.stomp().close();
    }
}
