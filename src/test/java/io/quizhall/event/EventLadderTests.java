package io.quizhall.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An event that runs a ladder instead of a quiz: the organiser opens the session, registered players get the link
 * to start a run, and the session's leaderboard ranks the best runs registered players started since the launch.
 */
@IntegrationTest
class EventLadderTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOrganiserOpensALadderSessionAndItsLeaderboardRanksTheRegisteredPlayersRuns() {
        var organiser = accounts.newUser();
        var ada = accounts.newUser();
        var bob = accounts.newUser();
        var outsider = accounts.newUser();
        Instant start = Instant.now().plus(10, ChronoUnit.MINUTES);
        String sessions = """
                "sessions": [{"startsAt": "%s", "endsAt": "%s"}]""".formatted(start, start.plus(1, ChronoUnit.HOURS));
        String quiz = io.quizhall.game.GameFixtures.quiz(
                        jdbc,
                        organiser.user().id(),
                        List.of(io.quizhall.game.GameFixtures.everyKind().get(0)))
                .toString();

        var refused = organiser.post("/api/v1/events", """
                {"title": "Ladder night", "capacity": 5, "quizId": "%s", "ladder": "classic", %s}""".formatted(quiz, sessions));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("ladder");
        var unknown = organiser.post("/api/v1/events", """
                {"title": "Ladder night", "capacity": 5, "ladder": "no-such-ladder", %s}""".formatted(sessions));
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("ladder");

        var created = organiser.post("/api/v1/events", """
                {"title": "Ladder night", "capacity": 5, "ladder": "classic", %s}""".formatted(sessions));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("ladder").asString()).isEqualTo("classic");
        String session = created.json().get("sessions").get(0).get("id").asString();
        organiser.post("/api/v1/events/" + id + "/publish", "{}");
        ada.post("/api/v1/events/" + id + "/registration", "{}");
        bob.post("/api/v1/events/" + id + "/registration", "{}");
        String board = "/api/v1/events/" + id + "/sessions/" + session + "/leaderboard";
        assertThat(api.get(board).json().get("entries").size()).isZero();

        // A run before the session opened does not count.
        String early = startRun(ada);
        ada.post("/api/v1/ladder-runs/" + early + "/walk-away", "");

        var launched = organiser.post("/api/v1/events/" + id + "/sessions/" + session + "/launch", "{}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        assertThat(launched.json().get("ladderUrl").asString()).endsWith("/ladder?start=classic");
        assertThat(launched.json().has("gameId")).isFalse();
        assertThat(organiser
                        .post("/api/v1/events/" + id + "/sessions/" + session + "/launch", "{}")
                        .status())
                .isEqualTo(409);
        assertThat(ada.get("/api/v1/events/" + id)
                        .json()
                        .get("sessions")
                        .get(0)
                        .get("ladderUrl")
                        .asString())
                .endsWith("/ladder?start=classic");
        assertThat(outsider.get("/api/v1/events/" + id)
                        .json()
                        .get("sessions")
                        .get(0)
                        .has("ladderUrl"))
                .as("not registered")
                .isFalse();

        String adas = startRun(ada);
        startRun(bob);
        startRun(outsider);
        jdbc.update("UPDATE ladder_runs SET banked_prize = 1000 WHERE code = ?", adas);
        JsonNode leaderboard = api.get(board).json();
        assertThat(leaderboard
                        .get("entries")
                        .valueStream()
                        .map(e -> e.get("username").asString()))
                .containsExactly(ada.user().username(), bob.user().username());
        assertThat(leaderboard.get("entries").get(0).get("prize").asLong()).isEqualTo(1000);
        assertThat(leaderboard.get("entries").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(leaderboard.get("entries").get(1).get("rank").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "SELECT details ->> 'ladder' FROM audit_log WHERE object_id = ? AND action = 'event.session.launch'",
                        String.class,
                        id))
                .containsExactly("classic");
    }

    private static String startRun(Accounts.SignedIn player) {
        var run = player.post("/api/v1/ladder-runs", "{\"ladder\": \"classic\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        return run.json().get("code").asString();
    }
}
