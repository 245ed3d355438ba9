package io.quizhall.trophy;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.game.GameFixtures;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Trophies: awarded by rules on domain events (a finished game, a published event, a registration), never twice for
 * one source even when triggered many times at once, given and taken back by administrators, ranked per trophy.
 */
@IntegrationTest
class TrophyTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrophyService trophies;

    @Test
    void aTriggerDeliveredManyTimesAtOnceAwardsOnce() throws Exception {
        UUID user = accounts.newUser().user().id();
        List<Callable<Boolean>> triggers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String source = i < 16 ? "game:same" : "game:" + (i % 2);
            triggers.add(() -> trophies.awardByRule("games-hosted", user, source));
            triggers.add(() -> trophies.awardByRule("first-game-hosted", user, TrophyService.ONCE));
        }
        var pool = Executors.newFixedThreadPool(16);
        long awarded;
        try {
            awarded = pool.invokeAll(triggers).stream()
                    .filter(future -> {
                        try {
                            return future.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .count();
        } finally {
            pool.shutdown();
        }
        // Three sources for the counting trophy (same, 0, 1), one for the unique one.
        assertThat(awarded).isEqualTo(4);
        assertThat(jdbc.queryForList("""
                        SELECT t.rule || '=' || u.quantity FROM user_trophies u JOIN trophies t ON t.id = u.trophy_id
                        WHERE u.user_id = ? ORDER BY t.rule""", String.class, user)).containsExactly("first-game-hosted=1", "games-hosted=3");
    }

    @Test
    void aFinishedGameAndAnEventAwardTheirTrophies() {
        var host = accounts.newUser();
        var game = GameFixtures.host(
                accounts, jdbc, api.baseUrl(), List.of(GameFixtures.everyKind().get(0)), "");
        var player = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        hostAction(game, "next");
        hostAction(game, "end");
        game.stomp().next("/topic/games." + game.gameId() + ".ended");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> names(game.host().get("/api/v1/trophies/mine").json())
                        .containsAll(List.of("First game x1", "Quizmaster x1")));
        player.stomp().close();
        game.stomp().close();

        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String id = host.post("/api/v1/events", """
                        {"title": "Trophy night", "capacity": 5, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(start, start.plus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        host.post("/api/v1/events/" + id + "/publish", "{}");
        var fan = accounts.newUser();
        fan.post("/api/v1/events/" + id + "/registration", "{}");
        fan.delete("/api/v1/events/" + id + "/registration");
        fan.post("/api/v1/events/" + id + "/registration", "{}");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> names(host.get("/api/v1/trophies/mine").json()).contains("Organiser x1"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> names(fan.get("/api/v1/trophies/mine").json()).contains("Regular x1"));
        // Registering again for the same event counts once; the profile shows it to everyone.
        assertThat(names(api.get("/api/v1/users/" + fan.user().username() + "/trophies")
                        .json()))
                .containsExactly("Regular x1");
    }

    @Test
    void administratorsDefineAwardAndTakeBackAndEveryoneSeesTheLeaderboard() {
        var admin = accounts.newAdmin();
        var ann = accounts.newUser();
        var ben = accounts.newUser();
        String name = "Helper " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(ann.post("/api/v1/admin/trophies", "{\"name\": \"x\"}").status())
                .isEqualTo(403);
        var created = admin.post("/api/v1/admin/trophies", "{\"name\": \"%s\", \"counting\": true}".formatted(name));
        assertThat(created.status()).isEqualTo(201);
        String trophy = created.json().get("id").asString();
        assertThat(admin.post("/api/v1/admin/trophies", "{\"name\": \"%s\"}".formatted(name.toUpperCase()))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("name");

        String awards = "/api/v1/admin/trophies/" + trophy + "/awards";
        for (int i = 0; i < 2; i++) {
            admin.post(
                    awards,
                    "{\"username\": \"%s\", \"delta\": 1}".formatted(ann.user().username()));
        }
        JsonNode benGets = admin.post(
                        awards,
                        "{\"username\": \"%s\", \"delta\": 1}"
                                .formatted(ben.user().username()))
                .json();
        assertThat(benGets.get("quantity").asInt()).isEqualTo(1);
        assertThat(ann.post(
                                awards,
                                "{\"username\": \"%s\", \"delta\": 1}"
                                        .formatted(ann.user().username()))
                        .status())
                .isEqualTo(403);

        JsonNode board = api.get("/api/v1/trophies/" + trophy + "/leaderboard").json();
        assertThat(board.get("trophy").get("holders").asLong()).isEqualTo(2);
        assertThat(board.get("top")
                        .valueStream()
                        .map(entry -> entry.get("rank").asInt() + ". "
                                + entry.get("username").asString() + " "
                                + entry.get("quantity").asInt())
                        .toList())
                .containsExactly(
                        "1. " + ann.user().username() + " 2", "2. " + ben.user().username() + " 1");

        // -1 takes one back; at 1 the trophy goes.
        assertThat(admin.post(
                                awards,
                                "{\"username\": \"%s\", \"delta\": -1}"
                                        .formatted(ann.user().username()))
                        .json()
                        .get("quantity")
                        .asInt())
                .isEqualTo(1);
        assertThat(admin.post(
                                awards,
                                "{\"username\": \"%s\", \"delta\": -1}"
                                        .formatted(ann.user().username()))
                        .json()
                        .get("quantity")
                        .asInt())
                .isZero();
        assertThat(admin.post(
                                awards,
                                "{\"username\": \"%s\", \"delta\": -1}"
                                        .formatted(ann.user().username()))
                        .status())
                .isEqualTo(404);
        assertThat(names(ann.get("/api/v1/trophies/mine").json())).doesNotContain(name + " x1");
        assertThat(admin.get("/api/v1/admin/audit?action=trophy.&objectId=" + trophy)
                        .json()
                        .get("items")
                        .size())
                .as("create, three awards, two revocations (the refused ones record nothing)")
                .isEqualTo(1 + 3 + 2);
    }

    private static List<String> names(JsonNode held) {
        return held.valueStream()
                .map(trophy -> trophy.get("name").asString() + " x"
                        + trophy.get("quantity").asInt())
                .toList();
    }
}
