package io.quizhall.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hunt module's notifications: ANNOUNCEMENT to the members of the teams that may see it, HUNT_STARTING once
 * before the start, and subscriptions that must name an existing hunt.
 */
@IntegrationTest
class NotificationHuntTests {

    @Autowired
    Accounts accounts;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    JsonMapper json;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static UUID hunt(Accounts.SignedIn organiser, Instant start, Instant end) {
        var hunt = organiser.post("/api/v1/hunts", """
                {"name": "Notices %s", "startsAt": "%s", "endsAt": "%s", "teamSize": 2}""".formatted(UUID.randomUUID(), start, end));
        assertThat(hunt.status()).as(hunt.body()).isEqualTo(201);
        return UUID.fromString(hunt.json().get("id").asString());
    }

    private static void team(Accounts.SignedIn captain, UUID hunt, String name) {
        var team = captain.post("/api/v1/hunts/" + hunt + "/teams", "{\"name\": \"" + name + "\"}");
        assertThat(team.status()).as(team.body()).isEqualTo(201);
    }

    @Test
    void anAnnouncementNotifiesTheMembersOfTheTeamsThatMaySeeIt() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var organiser = accounts.newUser();
        UUID hunt =
                hunt(organiser, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)));
        for (String puzzle : new String[] {"A01", "B02"}) {
            assertThat(organiser
                            .post("/api/v1/hunts/" + hunt + "/manage/puzzles", """
                                {"shortId": "%s", "position": 1, "name": "P %s", "answer": "yes", "content": "?"}""".formatted(puzzle, puzzle))
                            .status())
                    .isEqualTo(201);
        }
        assertThat(organiser.put("/api/v1/hunts/" + hunt + "/manage/rules", """
                                {"source": "PA01 <= +0:00\\nPB02 <= PA01 SOLVE"}""").status())
                .isEqualTo(200);
        var alice = accounts.newUser();
        var carol = accounts.newUser();
        team(alice, hunt, "Red");
        team(carol, hunt, "Blue");
        assertThat(alice.post("/api/v1/hunts/" + hunt + "/puzzles/A01/submissions", "{\"answer\": \"yes\"}")
                        .status())
                .isEqualTo(200);
        try (var server = new WebhookTestServer()) {
            NotificationFixtures.subscribe(alice, platform, NotificationType.ANNOUNCEMENT, hunt, server.url("/alice"));
            NotificationFixtures.subscribe(carol, platform, NotificationType.ANNOUNCEMENT, null, server.url("/carol"));
            var posted = organiser.post(
                    "/api/v1/hunts/" + hunt + "/manage/announcements",
                    "{\"text\": \"B02 <b>fixed</b>\", \"puzzle\": \"B02\"}");
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                worker.deliverDue();
                assertThat(server.received("/alice")).hasSize(1);
            });
            JsonNode body = json.readTree(server.received("/alice").get(0).body());
            assertThat(body.get("type").asString()).isEqualTo("ANNOUNCEMENT");
            assertThat(body.get("text").asString()).isEqualTo("B02 fixed");
            assertThat(body.get("link").asString()).endsWith("/hunts?hunt=" + hunt + "&puzzle=B02");
            assertThat(server.received("/carol"))
                    .as("Blue has not unlocked B02")
                    .isEmpty();

            organiser.post("/api/v1/hunts/" + hunt + "/manage/announcements", "{\"text\": \"Pizza\"}");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                worker.deliverDue();
                assertThat(server.received("/carol")).hasSize(1);
                assertThat(server.received("/alice")).hasSize(2);
            });
            assertThat(json.readTree(server.received("/carol").get(0).body())
                            .get("text")
                            .asString())
                    .isEqualTo("Pizza");
        }
    }

    @Test
    void huntStartingReachesTheHuntsTeamsOnceBeforeTheStart() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var organiser = accounts.newUser();
        Instant start = Instant.now().plus(Duration.ofHours(3));
        UUID hunt = hunt(organiser, start, start.plus(Duration.ofHours(2)));
        var player = accounts.newUser();
        var stranger = accounts.newUser();
        team(player, hunt, "Early birds");
        try (var server = new WebhookTestServer()) {
            NotificationFixtures.subscribe(
                    player, platform, NotificationType.HUNT_STARTING, hunt, server.url("/player"));
            NotificationFixtures.subscribe(
                    stranger, platform, NotificationType.HUNT_STARTING, null, server.url("/stranger"));

            clock.freeze();
            clock.advance(Duration.ofHours(3).minus(Duration.ofMinutes(10)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                worker.deliverDue();
                assertThat(server.received("/player")).isNotEmpty();
            });
            clock.advance(Duration.ofMinutes(5));
            await().pollDelay(Duration.ofSeconds(6))
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> {
                        worker.deliverDue();
                        assertThat(server.received("/player"))
                                .as("once, however many timer rounds")
                                .hasSize(1);
                    });
            JsonNode body = json.readTree(server.received("/player").get(0).body());
            assertThat(body.get("type").asString()).isEqualTo("HUNT_STARTING");
            assertThat(body.get("huntId").asString()).isEqualTo(hunt.toString());
            assertThat(server.received("/stranger")).isEmpty();
        }
    }

    @Test
    void aSubscriptionMustNameAnExistingHunt() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        var refused = user.post("/api/v1/notification-subscriptions", """
                {"platformId": "%s", "type": "ANNOUNCEMENT", "huntId": "%s", "url": "https://93.184.216.34/hook"}""".formatted(platform, UUID.randomUUID()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("huntId");
    }
}
