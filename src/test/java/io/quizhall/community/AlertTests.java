package io.quizhall.community;

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
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Participants' alerts: a signed-in user reports an event or a game (running, by PIN, or finished); the report is in
 * the moderators' queue and in the audit trail, once per reporter and target even when sent many times at once.
 */
@IntegrationTest
class AlertTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private String publishedEvent(Accounts.SignedIn organiser) {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var created = organiser.post("/api/v1/events", """
                {"title": "Reported night", "capacity": 5, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(start, start.plus(1, ChronoUnit.HOURS)));
        String id = created.json().get("id").asString();
        assertThat(organiser.post("/api/v1/events/" + id + "/publish", "{}").status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void manyAlertsOfOneEventAtOnceMakeOneReportAndOneAuditEntry() throws Exception {
        var organiser = accounts.newUser();
        var player = accounts.newUser();
        String event = publishedEvent(organiser);
        String body = """
                {"kind": "EVENT", "id": "%s", "reason": "INAPPROPRIATE", "comment": "  Rude description  "}""".formatted(event);

        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> player.post("/api/v1/community/alerts", body));
        }
        var pool = Executors.newFixedThreadPool(8);
        var ids = new HashSet<String>();
        try {
            for (var future : pool.invokeAll(calls)) {
                var response = future.get();
                assertThat(response.status()).as(response.body()).isEqualTo(202);
                ids.add(response.json().get("id").asString());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ids).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM quiz_report WHERE target_kind = 'EVENT' AND target_id = ?::uuid",
                        Integer.class,
                        event))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_log WHERE object_type = 'event' AND object_id = ? AND action LIKE"
                                + " 'alert.%' ORDER BY id",
                        String.class, event))
                .containsExactly("alert.event");

        // The moderators' queue shows it with the event's title; resolving it is audited too.
        var moderator = accounts.newModerator();
        JsonNode report = openReports(moderator).stream()
                .filter(r -> r.get("target").get("id").asString().equals(event))
                .findFirst()
                .orElseThrow();
        assertThat(report.get("target").get("kind").asString()).isEqualTo("EVENT");
        assertThat(report.get("target").get("title").asString()).isEqualTo("Reported night");
        assertThat(report.get("comment").asString()).isEqualTo("Rude description");
        assertThat(report.has("quiz") && !report.get("quiz").isNull()).isFalse();
        String reportId = report.get("id").asString();
        var resolved = moderator.post(
                "/api/v1/moderation/reports/" + reportId + "/resolve", "{\"resolution\": \"Talked to them\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_log WHERE object_id = ? AND action = 'alert.resolve'",
                        String.class,
                        event))
                .hasSize(1);
        // Once resolved, the player may report it again.
        var again = player.post("/api/v1/community/alerts", body);
        assertThat(again.json().get("id").asString()).isNotEqualTo(reportId);
    }

    @Test
    void alertsAreRefusedForWhatCannotBeReported() {
        var organiser = accounts.newUser();
        String event = publishedEvent(organiser);
        var player = accounts.newUser();

        assertThat(accounts.anonymous()
                        .post("/api/v1/community/alerts", """
                                {"kind": "EVENT", "id": "%s", "reason": "SPAM"}""".formatted(event))
                        .status())
                .isEqualTo(401);
        assertThat(organiser
                        .post("/api/v1/community/alerts", """
                                {"kind": "EVENT", "id": "%s", "reason": "SPAM"}""".formatted(event))
                        .status())
                .as("one's own event")
                .isEqualTo(409);
        var draft = organiser.post("/api/v1/events", "{\"title\": \"Secret\", \"capacity\": 3}");
        assertThat(player.post("/api/v1/community/alerts", """
                                {"kind": "EVENT", "id": "%s", "reason": "SPAM"}""".formatted(
                                        draft.json().get("id").asString()))
                        .status())
                .as("someone else's draft")
                .isEqualTo(404);
        var noTarget = player.post("/api/v1/community/alerts", "{\"kind\": \"GAME\", \"reason\": \"SPAM\"}");
        assertThat(noTarget.status()).isEqualTo(400);
        assertThat(noTarget.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
        assertThat(player.post(
                                "/api/v1/community/alerts",
                                "{\"kind\": \"GAME\", \"pin\": \"000000\", \"reason\": \"SPAM\"}")
                        .status())
                .isEqualTo(404);
        assertThat(player.post("/api/v1/community/alerts", "{\"kind\": \"EVENT\", \"id\": \"%s\"}".formatted(event))
                        .status())
                .as("no reason")
                .isEqualTo(400);
    }

    @Test
    void aPlayerReportsARunningGameByItsPinAndAFinishedGameByItsId() {
        var game = GameFixtures.host(
                accounts, jdbc, api.baseUrl(), List.of(GameFixtures.everyKind().get(0)), "");
        var player = accounts.newUser();
        GameFixtures.join(api, api.baseUrl(), game, "Pat");
        var running = player.post("/api/v1/community/alerts", """
                {"kind": "GAME", "pin": "%s", "reason": "OTHER", "comment": "Offensive nickname"}""".formatted(game.pin()));
        assertThat(running.status()).as(running.body()).isEqualTo(202);
        assertThat(game.host()
                        .post("/api/v1/community/alerts", """
                                {"kind": "GAME", "id": "%s", "reason": "OTHER"}""".formatted(game.gameId()))
                        .status())
                .as("the host's own game")
                .isEqualTo(409);

        hostAction(game, "next");
        hostAction(game, "end");
        game.stomp().next("/topic/games." + game.gameId() + ".ended");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM game_results WHERE id = ?", Integer.class, game.gameId())
                        == 1);
        var other = accounts.newUser();
        var finished = other.post("/api/v1/community/alerts", """
                {"kind": "GAME", "id": "%s", "reason": "SPAM"}""".formatted(game.gameId()));
        assertThat(finished.status()).as(finished.body()).isEqualTo(202);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_log WHERE object_type = 'game' AND object_id = ?",
                        String.class,
                        game.gameId().toString()))
                .containsExactly("alert.game", "alert.game");
        assertThat(jdbc.queryForObject(
                        "SELECT target_title FROM quiz_report WHERE target_id = ? LIMIT 1",
                        String.class,
                        game.gameId()))
                .isEqualTo("Live quiz");
        game.stomp().close();
    }

    private List<JsonNode> openReports(Accounts.SignedIn moderator) {
        var page = moderator.get("/api/v1/moderation/reports?status=open&size=100");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().toList();
    }
}
