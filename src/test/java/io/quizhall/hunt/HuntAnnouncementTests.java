package io.quizhall.hunt;

import static io.quizhall.hunt.HuntFixtures.addPuzzle;
import static io.quizhall.hunt.HuntFixtures.createHunt;
import static io.quizhall.hunt.HuntFixtures.join;
import static io.quizhall.hunt.HuntFixtures.nextOfKind;
import static io.quizhall.hunt.HuntFixtures.puzzle;
import static io.quizhall.hunt.HuntFixtures.rules;
import static io.quizhall.hunt.HuntFixtures.submit;
import static io.quizhall.hunt.HuntFixtures.subscribed;
import static io.quizhall.hunt.HuntFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import tools.jackson.databind.JsonNode;

/**
 * Announcements through the public API and the team feeds: who sees which (a puzzle's only by teams that unlocked
 * it), live delivery to every member of the teams that may see it and to no other team, edits and deletes, and
 * who may post.
 */
@IntegrationTest
class HuntAnnouncementTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    SimpUserRegistry users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonNode post(Accounts.SignedIn organiser, UUID hunt, String text, String puzzle) {
        var posted = organiser.post(
                "/api/v1/hunts/" + hunt + "/manage/announcements",
                "{\"text\": " + HuntFixtures.quote(text) + ", \"puzzle\": "
                        + (puzzle == null ? "null" : "\"" + puzzle + "\"") + "}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json();
    }

    private static List<String> texts(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        list.json().forEach(announcement -> texts.add(announcement.get("text").asString()));
        return texts;
    }

    @Test
    void aPuzzlesAnnouncementReachesOnlyTeamsThatUnlockedItLiveAndOnTheList() {
        var organiser = accounts.newUser();
        UUID hunt = createHunt(
                organiser, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), 2, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        addPuzzle(organiser, hunt, puzzle("B02", 2, "STANDARD", "two", ""));
        rules(organiser, hunt, "PA01 <= +0:00\nPB02 <= PA01 SOLVE");
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        var carol = accounts.newUser();
        JsonNode red = team(alice, hunt, "Red News");
        assertThat(join(bob, hunt, red.get("joinCode").asString()).status()).isEqualTo(200);
        JsonNode blue = team(carol, hunt, "Blue News");
        assertThat(submit(alice, hunt, "A01", "one").json().get("outcome").asString())
                .isEqualTo("CORRECT");
        String redTopic = HuntLive.teamTopic(hunt, UUID.fromString(red.get("id").asString()));
        String blueTopic =
                HuntLive.teamTopic(hunt, UUID.fromString(blue.get("id").asString()));

        try (var aliceFeed = subscribed(api, users, alice, redTopic);
                var bobFeed = subscribed(api, users, bob, redTopic);
                var carolFeed = subscribed(api, users, carol, blueTopic);
                var organiserFeed = subscribed(api, users, organiser, HuntLive.allTopic(hunt))) {
            JsonNode posted = post(organiser, hunt, "Erratum: the <b>second</b> clue", "b02");
            assertThat(posted.get("puzzle").asString()).isEqualTo("B02");
            assertThat(posted.get("edited").asBoolean()).isFalse();

            for (var feed : List.of(aliceFeed, bobFeed)) {
                JsonNode update = nextOfKind(feed, redTopic, "ANNOUNCEMENT");
                assertThat(update.get("text").asString()).isEqualTo("Erratum: the <b>second</b> clue");
                assertThat(update.get("puzzle").asString()).isEqualTo("B02");
                assertThat(update.get("id").asLong()).isEqualTo(posted.get("id").asLong());
                assertThat(update.get("username").asString())
                        .isEqualTo(organiser.user().username());
            }
            assertThat(nextOfKind(organiserFeed, HuntLive.allTopic(hunt), "ANNOUNCEMENT")
                            .get("text")
                            .asString())
                    .contains("Erratum");

            post(organiser, hunt, "Lunch is served", null);
            assertThat(nextOfKind(carolFeed, blueTopic, "ANNOUNCEMENT")
                            .get("text")
                            .asString())
                    .isEqualTo("Lunch is served");
            assertThat(nextOfKind(aliceFeed, redTopic, "ANNOUNCEMENT")
                            .get("text")
                            .asString())
                    .isEqualTo("Lunch is served");
            assertThat(carolFeed.frames())
                    .as("the blue team has not unlocked B02: not even its name reaches it")
                    .allSatisfy(frame ->
                            assertThat(frame.body()).doesNotContain("Erratum").doesNotContain("B02"));
        }

        assertThat(texts(alice.get("/api/v1/hunts/" + hunt + "/announcements")))
                .containsExactly("Lunch is served", "Erratum: the <b>second</b> clue");
        var blueList = carol.get("/api/v1/hunts/" + hunt + "/announcements");
        assertThat(texts(blueList)).containsExactly("Lunch is served");
        assertThat(blueList.body()).doesNotContain("B02");
        assertThat(texts(organiser.get("/api/v1/hunts/" + hunt + "/announcements")))
                .hasSize(2);
        assertThat(accounts.newUser()
                        .get("/api/v1/hunts/" + hunt + "/announcements")
                        .status())
                .as("not in a team")
                .isEqualTo(404);

        assertThat(submit(carol, hunt, "A01", "one").status()).isEqualTo(200);
        assertThat(texts(carol.get("/api/v1/hunts/" + hunt + "/announcements")))
                .as("once unlocked, the puzzle's announcement is there")
                .containsExactly("Lunch is served", "Erratum: the <b>second</b> clue");
    }

    @Test
    void organisersEditAndDeleteAnnouncementsAndOnlyTheyMayWrite() {
        Instant start = clock.freeze();
        var organiser = accounts.newUser();
        UUID hunt = createHunt(organiser, start.minusSeconds(60), start.plus(Duration.ofHours(1)), 1, "");
        addPuzzle(organiser, hunt, puzzle("A01", 1, "STANDARD", "one", ""));
        var player = accounts.newUser();
        team(player, hunt, "Readers");
        JsonNode posted = post(organiser, hunt, "Frist post<script>alert(1)</script>", null);
        assertThat(posted.get("text").asString()).isEqualTo("Frist post");
        String path = "/api/v1/hunts/" + hunt + "/manage/announcements/"
                + posted.get("id").asLong();

        clock.advance(Duration.ofMinutes(1));
        var edited = organiser.put(path, "{\"text\": \"First post\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("edited").asBoolean()).isTrue();
        assertThat(Instant.parse(edited.json().get("editedAt").asString())).isAfter(start);
        JsonNode listed =
                player.get("/api/v1/hunts/" + hunt + "/announcements").json().get(0);
        assertThat(listed.get("text").asString()).isEqualTo("First post");
        assertThat(listed.get("edited").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE action LIKE 'hunt.announcement.%' AND object_id = ?",
                        Long.class, hunt.toString()))
                .isEqualTo(2);

        assertThat(player.post("/api/v1/hunts/" + hunt + "/manage/announcements", "{\"text\": \"Hi\"}")
                        .status())
                .isEqualTo(403);
        assertThat(player.put(path, "{\"text\": \"Hacked\"}").status()).isEqualTo(403);
        assertThat(player.delete(path).status()).isEqualTo(403);
        assertThat(accounts.anonymous()
                        .get("/api/v1/hunts/" + hunt + "/announcements")
                        .status())
                .isEqualTo(404);

        var blank = organiser.post(
                "/api/v1/hunts/" + hunt + "/manage/announcements", "{\"text\": \" \", \"puzzle\": \"FFF\"}");
        assertThat(blank.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        blank.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactly("text", "puzzle");
        UUID other = createHunt(organiser, start, start.plus(Duration.ofHours(1)), 1, "");
        assertThat(organiser
                        .put(
                                "/api/v1/hunts/" + other + "/manage/announcements/"
                                        + posted.get("id").asLong(),
                                "{\"text\": \"x\"}")
                        .status())
                .as("an announcement of another hunt")
                .isEqualTo(404);

        post(organiser, hunt, "Solved A01? Great", "A01");
        assertThat(organiser.delete(path).status()).isEqualTo(204);
        assertThat(texts(organiser.get("/api/v1/hunts/" + hunt + "/announcements")))
                .containsExactly("Solved A01? Great");

        clock.advance(Duration.ofHours(2));
        assertThat(texts(accounts.anonymous().get("/api/v1/hunts/" + hunt + "/announcements")))
                .as("after the hunt everyone sees every announcement")
                .containsExactly("Solved A01? Great");
    }
}
