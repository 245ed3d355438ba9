package io.quizhall.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Platforms and subscriptions made through the API, the way an administrator and a user would. */
final class NotificationFixtures {

    private NotificationFixtures() {}

    static UUID platform(Accounts accounts, PlatformKind kind) {
        var response = accounts.newAdmin()
                .post("/api/v1/admin/notification-platforms", """
                        {"kind": "%s", "name": "%s %s"}""".formatted(kind, kind, UUID.randomUUID()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    /** A hunt (made by {@code organiser}) that subscriptions may name: subscriptions refuse unknown hunt ids. */
    static UUID hunt(Accounts.SignedIn organiser) {
        var now = java.time.Instant.now();
        var response = organiser.post("/api/v1/hunts", """
                {"name": "Hunt %s", "startsAt": "%s", "endsAt": "%s"}""".formatted(
                UUID.randomUUID(), now.plus(java.time.Duration.ofDays(30)), now.plus(java.time.Duration.ofDays(31))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    /** Subscribes and returns the created subscription (with the secret of a webhook). */
    static JsonNode subscribe(Accounts.SignedIn user, UUID platform, NotificationType type, UUID huntId, String url) {
        var response = user.post("/api/v1/notification-subscriptions", """
                {"platformId": "%s", "type": "%s", "huntId": %s, "url": %s}""".formatted(
                        platform,
                        type,
                        huntId == null ? "null" : "\"" + huntId + "\"",
                        url == null ? "null" : "\"" + url + "\""));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
