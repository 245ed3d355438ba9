package io.quizhall.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
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
 * Scheduled events through the public API: lifecycle and date rules, visibility, capacity under concurrent
 * sign-ups with closing and reopening by itself, the organiser's curated list, iCalendar parsed back, and a session
 * launched into a live game that a registered player joins.
 */
@IntegrationTest
class EventApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private static final Instant TOMORROW =
            Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    private static String session(Instant start, Duration length) {
        return "{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}".formatted(start, start.plus(length));
    }

    private static String event(String title, int capacity, boolean curated, String... sessions) {
        return """
                {"title": "%s", "description": "Bring a <b>pen</b><script>alert(1)</script>", "capacity": %d,
                 "curated": %s, "sessions": [%s]}""".formatted(title, capacity, curated, String.join(", ", sessions));
    }

    private JsonNode published(Accounts.SignedIn organiser, String body) {
        var created = organiser.post("/api/v1/events", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var published = organiser.post("/api/v1/events/" + id + "/publish", "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published.json();
    }

    @Test
    void anEventGoesFromDraftToArchivedAndItsDatesAreChecked() {
        var organiser = accounts.newUser();
        var other = accounts.newUser();
        String title = "Quiz night " + UUID.randomUUID();

        var refused = organiser.post(
                "/api/v1/events",
                event(
                        "",
                        0,
                        false,
                        session(TOMORROW, Duration.ofHours(-1)),
                        session(TOMORROW, Duration.ofHours(25)),
                        session(TOMORROW.plus(2, ChronoUnit.DAYS), Duration.ofHours(2)),
                        session(TOMORROW.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS), Duration.ofHours(2))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(fields(refused.json()))
                .containsExactlyInAnyOrder(
                        "title", "capacity", "sessions[0].endsAt", "sessions[1].endsAt", "sessions[3].startsAt");

        var created = organiser.post(
                "/api/v1/events",
                event(
                        title,
                        30,
                        false,
                        session(TOMORROW, Duration.ofHours(2)),
                        session(TOMORROW.plus(7, ChronoUnit.DAYS), Duration.ofHours(2))));
        assertThat(created.status()).isEqualTo(201);
        JsonNode draft = created.json();
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("description").asString()).isEqualTo("Bring a <b>pen</b>");
        assertThat(draft.get("sessions").size()).isEqualTo(2);
        assertThat(draft.get("me").get("organiser").asBoolean()).isTrue();
        // A draft is the organiser's alone.
        assertThat(other.get("/api/v1/events/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events/" + id).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/events/" + id + "/publish", "{}").status())
                .isEqualTo(404);

        // A session that has begun cannot be published.
        var past = organiser.post(
                "/api/v1/events",
                event("Too late", 5, false, session(Instant.now().minusSeconds(60), Duration.ofHours(1))));
        var latePublish =
                organiser.post("/api/v1/events/" + past.json().get("id").asString() + "/publish", "{}");
        assertThat(latePublish.status()).isEqualTo(400);
        assertThat(fields(latePublish.json())).containsExactly("sessions");

        JsonNode open =
                organiser.post("/api/v1/events/" + id + "/publish", "{}").json();
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/events/" + id).status()).isEqualTo(200);
        JsonNode listed = api.get("/api/v1/events?q=" + title.substring(11)).json();
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("startsAt").asString()).isEqualTo(TOMORROW.toString());
        assertThat(other.post("/api/v1/events/" + id + "/close", "{}").status())
                .as("someone else's published event")
                .isEqualTo(403);

        JsonNode closed =
                organiser.post("/api/v1/events/" + id + "/close", "{}").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedReason").asString()).isEqualTo("ORGANISER");
        assertThat(other.post("/api/v1/events/" + id + "/registration", "{}")
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("event-not-open");
        assertThat(organiser
                        .post("/api/v1/events/" + id + "/reopen", "{}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
        assertThat(organiser
                        .post("/api/v1/events/" + id + "/archive", "{}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ARCHIVED");
        var change =
                organiser.put("/api/v1/events/" + id, event(title, 30, false, session(TOMORROW, Duration.ofHours(1))));
        assertThat(change.status()).isEqualTo(409);

        // Silent publishing goes straight to closed.
        var silent = organiser.post(
                "/api/v1/events", event("Private " + title, 5, false, session(TOMORROW, Duration.ofHours(1))));
        JsonNode quiet = organiser
                .post("/api/v1/events/" + silent.json().get("id").asString() + "/publish", "{\"silent\": true}")
                .json();
        assertThat(quiet.get("status").asString()).isEqualTo("CLOSED");
        assertThat(quiet.get("closedReason").asString()).isEqualTo("SILENT");
    }

    @Test
    void theCapacityHoldsUnderConcurrentSignUpsAndTheEventClosesAndReopensByItself() throws Exception {
        var organiser = accounts.newUser();
        String id = published(
                        organiser,
                        event("Crowded " + UUID.randomUUID(), 8, false, session(TOMORROW, Duration.ofHours(1))))
                .get("id")
                .asString();
        var players = new ArrayList<Accounts.SignedIn>();
        for (int i = 0; i < 20; i++) {
            players.add(accounts.newUser());
        }
        List<Callable<Api.Response>> signUps = new ArrayList<>();
        for (var player : players) {
            signUps.add(() -> player.post("/api/v1/events/" + id + "/registration", "{}"));
        }
        List<Api.Response> responses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(20);
        try {
            for (var future : pool.invokeAll(signUps)) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(8);
        assertThat(responses.stream()
                        .filter(r -> r.status() != 200)
                        .map(r -> r.status() + " " + r.json().get("code").asString())
                        .distinct()
                        .toList())
                .containsExactly("409 event-full");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_registrations WHERE event_id = ?::uuid", Integer.class, id))
                .isEqualTo(8);
        JsonNode full = organiser.get("/api/v1/events/" + id).json();
        assertThat(full.get("registered").asInt()).isEqualTo(8);
        assertThat(full.get("status").asString()).isEqualTo("CLOSED");
        assertThat(full.get("closedReason").asString()).isEqualTo("FULL");

        var registered = players.get(responses.indexOf(
                responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()));
        assertThat(registered
                        .post("/api/v1/events/" + id + "/registration", "{}")
                        .json()
                        .get("code")
                        .asString())
                .isIn("already-registered", "event-full");
        JsonNode left =
                registered.delete("/api/v1/events/" + id + "/registration").json();
        assertThat(left.get("status").asString())
                .as("a place freed up: open again")
                .isEqualTo("OPEN");
        assertThat(left.get("registered").asInt()).isEqualTo(7);
        assertThat(left.get("me").get("registered").asBoolean()).isFalse();
        var latecomer = players.get(responses.indexOf(
                responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow()));
        JsonNode again =
                latecomer.post("/api/v1/events/" + id + "/registration", "{}").json();
        assertThat(again.get("status").asString()).isEqualTo("CLOSED");
        assertThat(again.get("me").get("registered").asBoolean()).isTrue();
        assertThat(registered.delete("/api/v1/events/" + id + "/registration").status())
                .as("not registered any more")
                .isEqualTo(404);
    }

    @Test
    void aCuratedListChangesOnlyByTheOrganiserWhoMayGoPastTheCapacity() {
        var organiser = accounts.newUser();
        var ann = accounts.newUser();
        var ben = accounts.newUser();
        var cy = accounts.newUser();
        String id = published(
                        organiser,
                        event("Curated " + UUID.randomUUID(), 2, true, session(TOMORROW, Duration.ofHours(1))))
                .get("id")
                .asString();
        ann.post("/api/v1/events/" + id + "/registration", "{}");
        JsonNode two = ben.post("/api/v1/events/" + id + "/registration", "{}").json();
        assertThat(two.get("status").asString())
                .as("curated: no closing by itself")
                .isEqualTo("OPEN");
        assertThat(cy.post("/api/v1/events/" + id + "/registration", "{}")
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("event-full");

        assertThat(cy.get("/api/v1/events/" + id + "/registrations").status()).isEqualTo(403);
        var added = organiser.post(
                "/api/v1/events/" + id + "/registrations",
                "{\"username\": \"%s\"}".formatted(cy.user().username()));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("beyondCapacity").asBoolean()).isTrue();
        assertThat(organiser
                        .post(
                                "/api/v1/events/" + id + "/registrations",
                                "{\"username\": \"nobody-" + UUID.randomUUID() + "\"}")
                        .status())
                .isEqualTo(404);
        JsonNode list = organiser.get("/api/v1/events/" + id + "/registrations").json();
        assertThat(list.valueStream()
                        .map(r -> r.get("username").asString() + ":"
                                + r.get("addedByOrganiser").asBoolean() + ":"
                                + r.get("beyondCapacity").asBoolean())
                        .toList())
                .containsExactly(
                        ann.user().username() + ":false:false",
                        ben.user().username() + ":false:false",
                        cy.user().username() + ":true:true");
        assertThat(organiser
                        .get("/api/v1/events/" + id)
                        .json()
                        .get("registered")
                        .asInt())
                .isEqualTo(3);
        assertThat(organiser
                        .delete("/api/v1/events/" + id + "/registrations/"
                                + ann.user().id())
                        .status())
                .isEqualTo(204);
        assertThat(ann.get("/api/v1/events/" + id)
                        .json()
                        .get("me")
                        .get("registered")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theCalendarHasOneEntryPerSessionWithUidsThatSurviveAChange() {
        var organiser = accounts.newUser();
        var player = accounts.newUser();
        String title = "Calendar " + UUID.randomUUID();
        String id = published(
                        organiser,
                        event(
                                title,
                                10,
                                false,
                                session(TOMORROW, Duration.ofHours(2)),
                                session(TOMORROW.plus(1, ChronoUnit.DAYS), Duration.ofHours(1))))
                .get("id")
                .asString();
        var file = api.get("/api/v1/events/" + id + "/calendar.ics");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().getContentType()).hasToString("text/calendar;charset=UTF-8");
        ICalendar calendar = Biweekly.parse(file.body()).first();
        List<VEvent> entries = calendar.getEvents();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getSummary().getValue()).isEqualTo(title);
        assertThat(entries.get(0).getDescription().getValue()).isEqualTo("Bring a pen");
        assertThat(entries.get(0).getDateStart().getValue().toInstant()).isEqualTo(TOMORROW);
        assertThat(entries.get(0).getDateEnd().getValue().toInstant()).isEqualTo(TOMORROW.plus(2, ChronoUnit.HOURS));
        String uid = entries.get(0).getUid().getValue();

        JsonNode read = organiser.get("/api/v1/events/" + id).json();
        var moved = organiser.put(
                "/api/v1/events/" + id,
                event(
                                title,
                                10,
                                false,
                                session(TOMORROW.plus(1, ChronoUnit.HOURS), Duration.ofHours(2)),
                                session(TOMORROW.plus(1, ChronoUnit.DAYS), Duration.ofHours(1)))
                        .replaceFirst(
                                "\\{", "{\"version\": " + read.get("version").asLong() + ", "));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        var stale = organiser.put(
                "/api/v1/events/" + id,
                event(title, 10, false, session(TOMORROW, Duration.ofHours(1)))
                        .replaceFirst(
                                "\\{", "{\"version\": " + read.get("version").asLong() + ", "));
        assertThat(stale.status()).isEqualTo(412);
        VEvent movedEntry = Biweekly.parse(
                        api.get("/api/v1/events/" + id + "/calendar.ics").body())
                .first()
                .getEvents()
                .get(0);
        assertThat(movedEntry.getUid().getValue()).as("the same entry, moved").isEqualTo(uid);
        assertThat(movedEntry.getDateStart().getValue().toInstant()).isEqualTo(TOMORROW.plus(1, ChronoUnit.HOURS));

        player.post("/api/v1/events/" + id + "/registration", "{}");
        var mine = player.get("/api/v1/events/registered/calendar.ics");
        assertThat(Biweekly.parse(mine.body()).first().getEvents())
                .extracting(entry -> entry.getUid().getValue())
                .contains(uid);
        assertThat(api.get("/api/v1/events/registered/calendar.ics").status()).isEqualTo(401);

        // A subscription address for calendar apps: no sign-in, the secret is the key; a new one revokes the old.
        var feed = player.post("/api/v1/events/registered/calendar-feed", "{}");
        assertThat(feed.status()).isEqualTo(201);
        String url = feed.json().get("url").asString();
        String path = url.substring(url.indexOf("/api/v1/"));
        var subscribed = api.get(path);
        assertThat(subscribed.status()).isEqualTo(200);
        assertThat(Biweekly.parse(subscribed.body()).first().getEvents())
                .extracting(entry -> entry.getUid().getValue())
                .contains(uid);
        String newer = player.post("/api/v1/events/registered/calendar-feed", "{}")
                .json()
                .get("url")
                .asString();
        assertThat(api.get(path).status()).as("replaced").isEqualTo(404);
        String newerPath = newer.substring(newer.indexOf("/api/v1/"));
        assertThat(api.get(newerPath).status()).isEqualTo(200);
        assertThat(player.delete("/api/v1/events/registered/calendar-feed").status())
                .isEqualTo(204);
        assertThat(api.get(newerPath).status()).as("revoked").isEqualTo(404);
    }

    @Test
    void theOrganiserLaunchesASessionAndRegisteredPlayersGetItsPin() {
        var organiser = accounts.newUser();
        var player = accounts.newUser();
        var stranger = accounts.newUser();
        UUID quiz = GameFixtures.quiz(
                jdbc, organiser.user().id(), List.of(GameFixtures.everyKind().get(0)));
        Instant soon = Instant.now().plus(10, ChronoUnit.MINUTES);
        String body = event(
                        "Tonight " + UUID.randomUUID(),
                        10,
                        false,
                        session(soon, Duration.ofHours(1)),
                        session(TOMORROW.plus(3, ChronoUnit.DAYS), Duration.ofHours(1)))
                .replaceFirst("\\{", "{\"quizId\": \"" + quiz + "\", ");
        JsonNode event = published(organiser, body);
        String id = event.get("id").asString();
        String first = event.get("sessions").get(0).get("id").asString();
        String later = event.get("sessions").get(1).get("id").asString();
        player.post("/api/v1/events/" + id + "/registration", "{}");

        assertThat(player.post("/api/v1/events/" + id + "/sessions/" + first + "/launch", "{}")
                        .status())
                .isEqualTo(403);
        var launched = organiser.post("/api/v1/events/" + id + "/sessions/" + first + "/launch", "{}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        String pin = launched.json().get("pin").asString();
        assertThat(organiser
                        .post("/api/v1/events/" + id + "/sessions/" + first + "/launch", "{}")
                        .status())
                .as("once")
                .isEqualTo(409);
        assertThat(organiser
                        .post("/api/v1/events/" + id + "/sessions/" + later + "/launch", "{}")
                        .status())
                .as("days too early")
                .isEqualTo(409);

        JsonNode seen =
                player.get("/api/v1/events/" + id).json().get("sessions").get(0);
        assertThat(seen.get("launched").asBoolean()).isTrue();
        assertThat(seen.get("pin").asString()).isEqualTo(pin);
        assertThat(seen.get("joinUrl").asString()).endsWith("/play?pin=" + pin);
        assertThat(seen.has("gameId")).as("the game's id is the organiser's").isFalse();
        JsonNode strangers =
                stranger.get("/api/v1/events/" + id).json().get("sessions").get(0);
        assertThat(strangers.get("launched").asBoolean()).isTrue();
        assertThat(strangers.has("pin")).isFalse();
        assertThat(organiser
                        .get("/api/v1/events/" + id)
                        .json()
                        .get("sessions")
                        .get(0)
                        .get("gameId")
                        .asString())
                .isEqualTo(launched.json().get("gameId").asString());

        // The registered player is told by e-mail, with the PIN; the stranger is not.
        await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> java.util.Arrays.stream(io.quizhall.support.TestSmtp.server()
                                .getReceivedMessagesForDomain(player.user().email()))
                        .anyMatch(message ->
                                io.quizhall.support.TestSmtp.text(message).contains("PIN " + pin)));
        assertThat(io.quizhall.support.TestSmtp.server()
                        .getReceivedMessagesForDomain(stranger.user().email()))
                .noneMatch(message -> io.quizhall.support.TestSmtp.text(message).contains(pin));
        var joined = api.post("/api/v1/games/pin/" + pin + "/join", "application/json", "{\"nickname\": \"Ada\"}");
        assertThat(joined.status()).isEqualTo(201);
        // The game's report links back: its organiser finds the event by the game.
        String gameId = launched.json().get("gameId").asString();
        JsonNode origin = organiser.get("/api/v1/events/by-game/" + gameId).json();
        assertThat(origin.get("eventId").asString()).isEqualTo(id);
        assertThat(origin.get("sessionId").asString()).isEqualTo(first);
        assertThat(stranger.get("/api/v1/events/by-game/" + gameId).status()).isEqualTo(404);
        assertThat(organiser.put("/api/v1/events/" + id, body).status())
                .as("launched sessions fix the event")
                .isEqualTo(409);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
