package io.quizhall.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The event module's hook: launching a session notifies the registered players who subscribed, with the PIN. */
@IntegrationTest
class NotificationEventHookTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    JsonMapper json;

    @Test
    void launchingASessionNotifiesSubscribedRegisteredPlayers() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var organiser = accounts.newUser();
        var player = accounts.newUser();
        var unregistered = accounts.newUser();
        try (var server = new WebhookTestServer()) {
            NotificationFixtures.subscribe(
                    player, platform, NotificationType.EVENT_SESSION_STARTING, null, server.url("/player"));
            NotificationFixtures.subscribe(
                    unregistered, platform, NotificationType.EVENT_SESSION_STARTING, null, server.url("/stranger"));
            UUID quiz = GameFixtures.quiz(
                    jdbc,
                    organiser.user().id(),
                    List.of(GameFixtures.everyKind().get(0)));
            Instant soon = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            String title = "Launch night " + UUID.randomUUID().toString().substring(0, 8);
            var created =
                    organiser.post("/api/v1/events", """
                    {"title": "%s", "capacity": 10, "quizId": "%s",
                     "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(title, quiz, soon, soon.plus(1, ChronoUnit.HOURS)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            String session = created.json().get("sessions").get(0).get("id").asString();
            assertThat(organiser.post("/api/v1/events/" + id + "/publish", "{}").status())
                    .isEqualTo(200);
            assertThat(player.post("/api/v1/events/" + id + "/registration", "{}")
                            .status())
                    .isLessThan(300);

            var launched = organiser.post("/api/v1/events/" + id + "/sessions/" + session + "/launch", "{}");
            assertThat(launched.status()).as(launched.body()).isEqualTo(200);
            String pin = launched.json().get("pin").asString();
            worker.deliverDue();

            assertThat(server.received("/stranger")).isEmpty();
            var received = server.received("/player");
            assertThat(received).hasSize(1);
            JsonNode body = json.readTree(received.get(0).body());
            assertThat(body.get("type").asString()).isEqualTo("EVENT_SESSION_STARTING");
            assertThat(body.get("title").asString()).isEqualTo("Starting now: " + title);
            assertThat(body.get("text").asString()).contains(pin);
            assertThat(body.get("link").asString()).endsWith("/play?pin=" + pin);
        }
    }

    @Test
    void aSolveNotifiesTheTeamsOtherSubscribedMembersOnceForThatHunt() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var organiser = accounts.newUser();
        var solver = accounts.newUser();
        var mate = accounts.newUser();
        Instant now = Instant.now();
        var hunt = organiser.post(
                "/api/v1/hunts", """
                {"name": "Notified hunt", "startsAt": "%s", "endsAt": "%s", "teamSize": 3}""".formatted(now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS)));
        assertThat(hunt.status()).as(hunt.body()).isEqualTo(201);
        UUID huntId = UUID.fromString(hunt.json().get("id").asString());
        assertThat(organiser
                        .post("/api/v1/hunts/" + huntId + "/manage/puzzles", """
                        {"shortId": "B0A", "position": 1, "name": "Boat", "answer": "oar", "content": "Row"}""")
                        .status())
                .isEqualTo(201);
        var team = solver.post("/api/v1/hunts/" + huntId + "/teams", "{\"name\": \"Rowers\"}");
        assertThat(team.status()).as(team.body()).isEqualTo(201);
        assertThat(mate.post("/api/v1/hunts/" + huntId + "/teams/join", """
                                {"code": "%s"}""".formatted(
                                        team.json().get("joinCode").asString()))
                        .status())
                .isLessThan(300);
        try (var server = new WebhookTestServer()) {
            NotificationFixtures.subscribe(
                    mate, platform, NotificationType.TEAM_SOLVED_PUZZLE, huntId, server.url("/mate"));
            NotificationFixtures.subscribe(
                    solver, platform, NotificationType.TEAM_SOLVED_PUZZLE, null, server.url("/solver"));
            var otherHunt = organiser.post(
                    "/api/v1/hunts",
                    "{\"name\": \"Other hunt\", \"startsAt\": \"%s\", \"endsAt\": \"%s\"}"
                            .formatted(now, now.plus(1, ChronoUnit.DAYS)));
            NotificationFixtures.subscribe(
                    mate,
                    platform,
                    NotificationType.TEAM_SOLVED_PUZZLE,
                    UUID.fromString(otherHunt.json().get("id").asString()),
                    server.url("/other-hunt"));
            var solved = solver.post("/api/v1/hunts/" + huntId + "/puzzles/B0A/submissions", "{\"answer\": \"OAR\"}");
            assertThat(solved.json().get("outcome").asString()).isEqualTo("CORRECT");
            worker.deliverDue();

            assertThat(server.received("/solver")).as("the solver knows").isEmpty();
            assertThat(server.received("/other-hunt")).isEmpty();
            var received = server.received("/mate");
            assertThat(received).hasSize(1);
            JsonNode body = json.readTree(received.get(0).body());
            assertThat(body.get("type").asString()).isEqualTo("TEAM_SOLVED_PUZZLE");
            assertThat(body.get("text").asString()).contains("B0A").contains("Notified hunt");
            assertThat(body.get("link").asString()).endsWith("/hunts?hunt=" + huntId + "&puzzle=B0A");
        }
    }
}
