package io.quizhall.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event that runs a puzzle hunt: only a hunt its organiser organises, never beside a quiz or a ladder; opening a
 * session sends the registered players (and no one else) to the hunt.
 */
@IntegrationTest
class EventHuntTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOrganiserOpensAHuntSessionAndRegisteredPlayersAreSentToTheHunt() {
        var organiser = accounts.newUser();
        var stranger = accounts.newUser();
        var ada = accounts.newUser();
        var outsider = accounts.newUser();
        Instant start = Instant.now().plus(10, ChronoUnit.MINUTES);
        String hunt = hunt(organiser, start);
        String strangersHunt = hunt(stranger, start);
        String sessions = """
                "sessions": [{"startsAt": "%s", "endsAt": "%s"}]""".formatted(start, start.plus(2, ChronoUnit.HOURS));

        var notMine = organiser.post("/api/v1/events", """
                {"title": "Hunt night", "capacity": 5, "hunt": "%s", %s}""".formatted(strangersHunt, sessions));
        assertThat(notMine.status()).isEqualTo(400);
        assertThat(notMine.json().get("errors").get(0).get("field").asString()).isEqualTo("hunt");
        var both = organiser.post("/api/v1/events", """
                {"title": "Hunt night", "capacity": 5, "ladder": "classic", "hunt": "%s", %s}""".formatted(hunt, sessions));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asString()).isEqualTo("hunt");

        var created = organiser.post("/api/v1/events", """
                {"title": "Hunt night", "capacity": 5, "hunt": "%s", %s}""".formatted(hunt, sessions));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("hunt").asString()).isEqualTo(hunt);
        String session = created.json().get("sessions").get(0).get("id").asString();
        organiser.post("/api/v1/events/" + id + "/publish", "{}");
        ada.post("/api/v1/events/" + id + "/registration", "{}");

        var launched = organiser.post("/api/v1/events/" + id + "/sessions/" + session + "/launch", "{}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        assertThat(launched.json().get("huntUrl").asString()).endsWith("/hunts?hunt=" + hunt);
        assertThat(launched.json().has("gameId")).isFalse();
        assertThat(organiser
                        .post("/api/v1/events/" + id + "/sessions/" + session + "/launch", "{}")
                        .status())
                .as("a session opens once")
                .isEqualTo(409);
        assertThat(ada.get("/api/v1/events/" + id)
                        .json()
                        .get("sessions")
                        .get(0)
                        .get("huntUrl")
                        .asString())
                .endsWith("/hunts?hunt=" + hunt);
        assertThat(outsider.get("/api/v1/events/" + id)
                        .json()
                        .get("sessions")
                        .get(0)
                        .has("huntUrl"))
                .as("not registered")
                .isFalse();
        assertThat(jdbc.queryForList(
                        "SELECT details ->> 'hunt' FROM audit_log WHERE object_id = ? AND action = 'event.session.launch'",
                        String.class,
                        id))
                .containsExactly(hunt);
    }

    private static String hunt(Accounts.SignedIn owner, Instant start) {
        var created = owner.post("/api/v1/hunts", """
                {"name": "Event hunt", "startsAt": "%s", "endsAt": "%s", "teamSize": 3}""".formatted(start, start.plus(1, ChronoUnit.DAYS)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
