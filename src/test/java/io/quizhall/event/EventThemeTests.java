package io.quizhall.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.storage.TestFiles;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Events with a special event, subject tags of the administrators' list and a picture: validated, shown, and used by
 * the browse's filters; the picture is the organiser's own upload and visible to whoever may see the event.
 */
@IntegrationTest
class EventThemeTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    private static final Instant START = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    private String specialEvent(String name, boolean active) {
        var created = accounts.newAdmin().post("/api/v1/admin/special-events", """
                {"name": "%s", "emoji": "🎃", "colour": "#ff8800", "active": %s}""".formatted(name, active));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String tag(String name) {
        var created = accounts.newAdmin().post("/api/v1/admin/subject-tags", "{\"name\": \"%s\"}".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String upload(Accounts.SignedIn user) {
        var uploaded = user.upload("/api/v1/storage", "poster.png", "image/png", TestFiles.png(40, 20), Map.of());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asString();
    }

    private static String body(String title, String extra) {
        return """
                {"title": "%s", "capacity": 10, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]%s}""".formatted(title, START, START.plus(2, ChronoUnit.HOURS), extra);
    }

    @Test
    void anEventJoinsASpecialEventWithTagsAndAPictureAndTheBrowseFiltersByThem() {
        var organiser = accounts.newUser();
        var stranger = accounts.newUser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String halloween = specialEvent("Halloween " + suffix, true);
        String ended = specialEvent("Summer " + suffix, false);
        String history = tag("History " + suffix);
        String music = tag("Music " + suffix);
        String picture = upload(organiser);
        String strangersPicture = upload(stranger);

        var refused = organiser.post(
                "/api/v1/events", body("Spooky", """
                , "specialEventId": "%s", "tagIds": ["%s", "%s"], "picture": "%s\"""".formatted(ended, history, UUID.randomUUID(), strangersPicture)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("specialEventId", "tagIds[1]", "picture");

        String title = "Spooky quiz " + suffix;
        var created = organiser.post(
                "/api/v1/events", body(title, """
                , "specialEventId": "%s", "tagIds": ["%s", "%s"], "picture": "%s\"""".formatted(halloween, history, music, picture.toUpperCase())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode draft = created.json();
        String id = draft.get("id").asString();
        assertThat(draft.get("specialEvent").get("name").asString()).isEqualTo("Halloween " + suffix);
        assertThat(draft.get("specialEvent").get("colour").asString()).isEqualTo("#ff8800");
        assertThat(draft.get("tags").valueStream().map(t -> t.get("name").asString()))
                .containsExactly("History " + suffix, "Music " + suffix);
        assertThat(draft.get("picture").asString()).isEqualTo(picture);
        // A draft's picture is the organiser's alone.
        assertThat(api.get("/api/v1/storage/" + picture).status()).isEqualTo(404);

        assertThat(organiser.post("/api/v1/events/" + id + "/publish", "{}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/storage/" + picture + "/download").status())
                .as("a published event's picture, for anyone")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/storage/" + strangersPicture).status()).isEqualTo(404);

        assertThat(ids(api.get("/api/v1/events?size=100&specialEvent=" + halloween)))
                .containsExactly(id);
        assertThat(ids(api.get("/api/v1/events?size=100&tag=" + music))).containsExactly(id);
        assertThat(ids(api.get("/api/v1/events?size=100&tag=" + music + "&specialEvent=" + ended)))
                .isEmpty();
        JsonNode card = api.get("/api/v1/events?size=100&tag=" + history)
                .json()
                .get("items")
                .get(0);
        assertThat(card.get("picture").asString()).isEqualTo(picture);
        assertThat(card.get("specialEvent").get("emoji").asString()).isEqualTo("🎃");
        assertThat(card.get("tags").size()).isEqualTo(2);

        // The special event ends: the event keeps it through an edit, but a new event cannot choose it.
        accounts.newAdmin().put("/api/v1/admin/special-events/" + halloween, """
                {"name": "Halloween %s", "colour": "#ff8800", "active": false}""".formatted(suffix));
        var edited = organiser.put("/api/v1/events/" + id, body(title, """
                , "specialEventId": "%s", "tagIds": ["%s"], "picture": "%s\"""".formatted(halloween, history, picture)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("tags").size()).isEqualTo(1);
        assertThat(ids(api.get("/api/v1/events?size=100&tag=" + music))).isEmpty();
        var another =
                organiser.post("/api/v1/events", body("Late", ", \"specialEventId\": \"%s\"".formatted(halloween)));
        assertThat(fields(another.json())).containsExactly("specialEventId");

        // Removing the special event takes it off the event.
        accounts.newAdmin().delete("/api/v1/admin/special-events/" + halloween);
        assertThat(api.get("/api/v1/events/" + id).json().has("specialEvent")).isFalse();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json()
                .get("items")
                .valueStream()
                .map(i -> i.get("id").asString())
                .toList();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
