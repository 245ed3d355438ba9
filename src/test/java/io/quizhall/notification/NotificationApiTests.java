package io.quizhall.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Platforms for administrators (audited), subscriptions for their owners, field errors and the OpenAPI document. */
@IntegrationTest
class NotificationApiTests {

    private static final String PLATFORMS = "/api/v1/admin/notification-platforms";
    private static final String SUBSCRIPTIONS = "/api/v1/notification-subscriptions";

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorsManagePlatformsAndEveryChangeIsAudited() {
        var admin = accounts.newAdmin();
        var created = admin.post(PLATFORMS, """
                {"kind": "WEBHOOK", "name": "  Team webhooks  "}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().getLocation()).hasToString(PLATFORMS + "/" + id);
        assertThat(created.json().get("name").asString()).isEqualTo("Team webhooks");
        assertThat(created.json().get("enabled").asBoolean()).isTrue();

        var updated = admin.put(PLATFORMS + "/" + id, """
                {"name": "Webhooks", "enabled": false}""");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("enabled").asBoolean()).isFalse();
        assertThat(admin.get(PLATFORMS).json().findValues("id").stream().map(JsonNode::asString))
                .contains(id);
        assertThat(accounts.newUser().get(SUBSCRIPTIONS + "/options").json().findValues("id").stream()
                        .map(JsonNode::asString))
                .doesNotContain(id);
        assertThat(admin.delete(PLATFORMS + "/" + id).status()).isEqualTo(204);
        assertThat(admin.delete(PLATFORMS + "/" + id).status()).isEqualTo(404);

        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_log WHERE object_type = 'notification-platform' AND object_id = ?"
                                + " ORDER BY id",
                        String.class,
                        id))
                .containsExactly(
                        "notification.platform.create", "notification.platform.update", "notification.platform.delete");
    }

    @Test
    void onlyAdministratorsSeeOrChangePlatforms() {
        var user = accounts.newUser();
        assertThat(user.get(PLATFORMS).status()).isEqualTo(403);
        assertThat(user.post(PLATFORMS, "{\"kind\": \"EMAIL\", \"name\": \"Mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(accounts.newModerator().get(PLATFORMS).status()).isEqualTo(403);
        assertThat(api.get(PLATFORMS).status()).isEqualTo(401);
        assertThat(api.get(SUBSCRIPTIONS).status()).isEqualTo(401);
    }

    @Test
    void reportsEveryInvalidPlatformField() {
        var response = accounts.newAdmin().post(PLATFORMS, """
                {"kind": null, "name": " "}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().findValues("field").stream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("kind", "name");
    }

    @Test
    void usersManageTheirOwnSubscriptionsAndSeeTheSecretOnce() {
        UUID webhook = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        UUID email = NotificationFixtures.platform(accounts, PlatformKind.EMAIL);
        var user = accounts.newUser();
        var options = user.get(SUBSCRIPTIONS + "/options").json();
        assertThat(options.get("types").toString()).contains("HINT_ANSWERED", "EVENT_SESSION_STARTING");
        assertThat(options.get("platforms").findValues("id").stream().map(JsonNode::asString))
                .contains(webhook.toString(), email.toString());

        UUID hunt = NotificationFixtures.hunt(user);
        JsonNode hook = NotificationFixtures.subscribe(
                user, webhook, NotificationType.HINT_ANSWERED, hunt, "https://93.184.216.34/quizhall");
        assertThat(hook.get("secret").asString()).hasSize(43);
        assertThat(hook.get("huntId").asString()).isEqualTo(hunt.toString());
        JsonNode mail = NotificationFixtures.subscribe(user, email, NotificationType.ANNOUNCEMENT, null, null);
        assertThat(mail.has("secret")).isFalse();

        var again = user.post(SUBSCRIPTIONS, """
                {"platformId": "%s", "type": "ANNOUNCEMENT"}""".formatted(email));
        assertThat(again.status()).isEqualTo(409);

        JsonNode list = user.get(SUBSCRIPTIONS).json().get("items");
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.toString()).doesNotContain(hook.get("secret").asString());
        assertThat(list.get(0).get("platformKind").asString()).isEqualTo("WEBHOOK");

        var stranger = accounts.newUser();
        assertThat(stranger.get(SUBSCRIPTIONS).json().get("items").size()).isZero();
        assertThat(stranger.delete(SUBSCRIPTIONS + "/" + hook.get("id").asString())
                        .status())
                .isEqualTo(404);
        assertThat(user.delete(SUBSCRIPTIONS + "/" + hook.get("id").asString()).status())
                .isEqualTo(204);
        assertThat(user.get(SUBSCRIPTIONS).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void namesTheInvalidSubscriptionFields() {
        UUID webhook = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        UUID email = NotificationFixtures.platform(accounts, PlatformKind.EMAIL);
        var user = accounts.newUser();
        List<String> fields = new ArrayList<>();
        var missing = user.post(SUBSCRIPTIONS, "{}");
        assertThat(missing.status()).isEqualTo(400);
        missing.json().findValues("field").forEach(field -> fields.add(field.asString()));
        assertThat(fields).containsExactlyInAnyOrder("platformId", "type");

        var noUrl = user.post(SUBSCRIPTIONS, """
                {"platformId": "%s", "type": "ANNOUNCEMENT"}""".formatted(webhook));
        assertThat(noUrl.json().findValues("field").stream().map(JsonNode::asString))
                .containsExactly("url");
        var mailWithUrl = user.post(SUBSCRIPTIONS, """
                {"platformId": "%s", "type": "ANNOUNCEMENT", "url": "https://93.184.216.34/"}""".formatted(email));
        assertThat(mailWithUrl.json().findValues("field").stream().map(JsonNode::asString))
                .containsExactly("url");
        var unknownPlatform = user.post(SUBSCRIPTIONS, """
                {"platformId": "%s", "type": "ANNOUNCEMENT"}""".formatted(UUID.randomUUID()));
        assertThat(unknownPlatform.json().findValues("field").stream().map(JsonNode::asString))
                .containsExactly("platformId");
        var badType = user.post(SUBSCRIPTIONS, """
                {"platformId": "%s", "type": "NOPE"}""".formatted(email));
        assertThat(badType.status()).isEqualTo(400);
    }

    @Test
    void listsTheEndpointsInTheOpenApiDocument() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        for (String pointer : new String[] {
            "/~1api~1v1~1admin~1notification-platforms/get",
            "/~1api~1v1~1admin~1notification-platforms/post/responses/400",
            "/~1api~1v1~1admin~1notification-platforms~1{id}/put",
            "/~1api~1v1~1admin~1notification-platforms~1{id}/delete",
            "/~1api~1v1~1notification-subscriptions/get",
            "/~1api~1v1~1notification-subscriptions/post/responses/409",
            "/~1api~1v1~1notification-subscriptions~1options/get",
            "/~1api~1v1~1notification-subscriptions~1{id}/delete"
        }) {
            assertThat(paths.at(pointer).isObject()).as(pointer).isTrue();
        }
    }
}
