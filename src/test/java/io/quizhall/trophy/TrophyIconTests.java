package io.quizhall.trophy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.storage.TestFiles;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Trophy icons: an administrator's own uploaded picture, public once it is a trophy's icon, shown with the trophy. */
@IntegrationTest
class TrophyIconTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private static String upload(Accounts.SignedIn user) {
        var uploaded = user.upload("/api/v1/storage", "icon.png", "image/png", TestFiles.png(16, 16), Map.of());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asString();
    }

    @Test
    void anAdministratorGivesATrophyAnIconThatEveryoneSees() {
        var admin = accounts.newAdmin();
        var player = accounts.newUser();
        String icon = upload(admin);
        String playersPicture = upload(player);
        String name = "Star " + UUID.randomUUID().toString().substring(0, 8);

        var refused = admin.post("/api/v1/admin/trophies", """
                {"name": "%s", "icon": "%s"}""".formatted(name, playersPicture));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("icon");
        assertThat(api.get("/api/v1/storage/" + icon).status())
                .as("not an icon yet")
                .isEqualTo(404);

        var created = admin.post("/api/v1/admin/trophies", """
                {"name": "%s", "icon": "%s"}""".formatted(name, icon));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String trophy = created.json().get("id").asString();
        assertThat(created.json().get("icon").asString()).isEqualTo(icon);
        assertThat(api.get("/api/v1/storage/" + icon + "/download").status()).isEqualTo(200);

        admin.post("/api/v1/admin/trophies/" + trophy + "/awards", """
                {"username": "%s", "delta": 1}""".formatted(
                        player.user().username()));
        JsonNode held = api.get("/api/v1/users/" + player.user().username() + "/trophies")
                .json();
        assertThat(held.get(0).get("icon").asString()).isEqualTo(icon);

        // A rule's trophy gets an icon too; null removes it again.
        String rule = jdbc.queryForObject("SELECT id FROM trophies WHERE rule = 'event-organised'", String.class);
        // Other tests set this shared rule trophy's icon too: only the entries from here on count.
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
        var set = admin.put("/api/v1/admin/trophies/" + rule + "/icon", "{\"icon\": \"%s\"}".formatted(icon));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("icon").asString()).isEqualTo(icon);
        assertThat(player.put("/api/v1/admin/trophies/" + rule + "/icon", "{\"icon\": null}")
                        .status())
                .isEqualTo(403);
        var removed = admin.put("/api/v1/admin/trophies/" + rule + "/icon", "{\"icon\": null}");
        assertThat(removed.json().has("icon") && !removed.json().get("icon").isNull())
                .isFalse();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_log WHERE object_type = 'trophy' AND object_id = ? AND id > ?",
                        String.class,
                        rule,
                        before))
                .containsExactly("trophy.icon", "trophy.icon");
    }
}
