package io.quizhall.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hunt module's hints: the staff's answer to a hint request notifies the team's subscribed members, once. */
@IntegrationTest
class HintAnsweredNotificationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    JsonMapper json;

    @Test
    void anAnsweredHintRequestNotifiesEverySubscribedMemberOfTheTeamOnce() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var organiser = accounts.newUser();
        var asker = accounts.newUser();
        var mate = accounts.newUser();
        var stranger = accounts.newUser();
        Instant now = Instant.now();
        var hunt = organiser.post(
                "/api/v1/hunts", """
                {"name": "Hinted hunt", "startsAt": "%s", "endsAt": "%s", "teamSize": 3}""".formatted(now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS)));
        assertThat(hunt.status()).as(hunt.body()).isEqualTo(201);
        UUID huntId = UUID.fromString(hunt.json().get("id").asString());
        String base = "/api/v1/hunts/" + huntId;
        assertThat(organiser.post(base + "/manage/puzzles", """
                        {"shortId": "B0A", "position": 1, "name": "Boat", "answer": "oar", "content": "Row"}""").status()).isEqualTo(201);
        assertThat(organiser
                        .put(base + "/manage/rules", "{\"source\": \"PB0A <= +0:00\\n2 HINTS <= +0:00\"}")
                        .status())
                .isEqualTo(200);
        var team = asker.post(base + "/teams", "{\"name\": \"Rowers\"}");
        assertThat(team.status()).as(team.body()).isEqualTo(201);
        assertThat(mate.post(
                                base + "/teams/join",
                                "{\"code\": \"" + team.json().get("joinCode").asString() + "\"}")
                        .status())
                .isEqualTo(200);
        try (var server = new WebhookTestServer()) {
            NotificationFixtures.subscribe(mate, platform, NotificationType.HINT_ANSWERED, huntId, server.url("/mate"));
            NotificationFixtures.subscribe(asker, platform, NotificationType.HINT_ANSWERED, null, server.url("/asker"));
            NotificationFixtures.subscribe(
                    stranger, platform, NotificationType.HINT_ANSWERED, null, server.url("/stranger"));
            var asked = asker.post(base + "/puzzles/B0A/hints/requests", "{\"question\": \"Which end?\"}");
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            String request =
                    base + "/manage/hint-requests/" + asked.json().get("id").asString();
            assertThat(organiser.post(request + "/claim", "{}").status()).isEqualTo(200);
            assertThat(organiser
                            .post(request + "/respond", "{\"response\": \"The flat one.\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(organiser
                            .put(request + "/response", "{\"response\": \"The flat end.\"}")
                            .status())
                    .isEqualTo(200);
            worker.deliverDue();

            assertThat(server.received("/stranger")).isEmpty();
            assertThat(server.received("/asker")).hasSize(1);
            var received = server.received("/mate");
            assertThat(received).as("an edit notifies nobody again").hasSize(1);
            JsonNode body = json.readTree(received.get(0).body());
            assertThat(body.get("type").asString()).isEqualTo("HINT_ANSWERED");
            assertThat(body.get("text").asString()).contains("B0A").contains("Hinted hunt");
            assertThat(body.get("link").asString()).endsWith("/hunts?hunt=" + huntId + "&puzzle=B0A&hints=1");
        }
    }
}
