package io.quizhall.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.Concurrently;
import io.quizhall.support.StompClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import tools.jackson.databind.JsonNode;

/** Hunts, puzzles and teams made through the API the way an organiser and players would. */
final class HuntFixtures {

    private HuntFixtures() {}

    static String hunt(String name, Instant start, Instant end, int teamSize, String extra) {
        return """
                {"name": "%s", "intro": "Find the <b>treasure</b><script>alert(1)</script>", "startsAt": "%s",
                 "endsAt": "%s", "teamSize": %d %s}""".formatted(name, start, end, teamSize, extra.isEmpty() ? "" : ", " + extra);
    }

    static UUID createHunt(Accounts.SignedIn organiser, Instant start, Instant end, int teamSize, String extra) {
        var created = organiser.post("/api/v1/hunts", hunt("Hunt " + UUID.randomUUID(), start, end, teamSize, extra));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    static String puzzle(String shortId, int position, String type, String answer, String extra) {
        return """
                {"shortId": "%s", "position": %d, "name": "Puzzle %s", "type": "%s", "answer": "%s",
                 "content": "Solve <i>me</i>" %s}""".formatted(shortId, position, shortId, type, answer, extra.isEmpty() ? "" : ", " + extra);
    }

    static void addPuzzle(Accounts.SignedIn organiser, UUID hunt, String body) {
        var added = organiser.post("/api/v1/hunts/" + hunt + "/manage/puzzles", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    static void rules(Accounts.SignedIn organiser, UUID hunt, String source) {
        var saved = organiser.put("/api/v1/hunts/" + hunt + "/manage/rules", "{\"source\": " + quote(source) + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** Creates a team; returns it (id, joinCode, ...). */
    static JsonNode team(Accounts.SignedIn captain, UUID hunt, String name) {
        var created = captain.post("/api/v1/hunts/" + hunt + "/teams", "{\"name\": " + quote(name) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static Api.Response join(Accounts.SignedIn player, UUID hunt, String code) {
        return player.post("/api/v1/hunts/" + hunt + "/teams/join", "{\"code\": \"" + code + "\"}");
    }

    static Api.Response submit(Accounts.SignedIn player, UUID hunt, String shortId, String answer) {
        return player.post(
                "/api/v1/hunts/" + hunt + "/puzzles/" + shortId + "/submissions",
                "{\"answer\": " + quote(answer) + "}");
    }

    static List<String> unlocked(Accounts.SignedIn player, UUID hunt) {
        var list = player.get("/api/v1/hunts/" + hunt + "/puzzles");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().forEach(puzzle -> ids.add(puzzle.get("shortId").asString()));
        return ids;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Runs calls on their own threads, all released at the same moment ({@link Concurrently}). */
    static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        return Concurrently.run(calls);
    }
    /**
     * A signed-in STOMP client subscribed to a hunt feed, returned once the server has the subscription (frames of
     * one client are handled in order, so what is sent after this reaches it).
     */
    static StompClient subscribed(Api api, SimpUserRegistry users, Accounts.SignedIn user, String destination) {
        StompClient client = StompClient.host(
                        api.baseUrl(), user.cookie("qh_session").orElseThrow())
                .subscribe(destination);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !users.findSubscriptions(
                                subscription -> subscription.getDestination().equals(destination)
                                        && subscription
                                                .getSession()
                                                .getUser()
                                                .getName()
                                                .equals("h:" + user.user().id()))
                        .isEmpty());
        return client;
    }

    /** The next update of a kind on a feed, skipping others (at most 20). */
    static JsonNode nextOfKind(StompClient client, String destination, String kind) {
        for (int i = 0; i < 20; i++) {
            JsonNode update = client.next(destination).json();
            if (update.get("kind").asString().equals(kind)) {
                return update;
            }
        }
        throw new AssertionError("No " + kind + " on " + destination);
    }
}
