package io.quizhall.dashboard;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.game.GameFixtures;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's figures on known data made through the public API: two games hosted (one and two players), an
 * event registered for, a ladder run with one right answer and a walk-away.
 */
@IntegrationTest
class DashboardTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardService dashboards;

    @Test
    void theFiguresAddUpWhatTheUserDid() {
        var game = GameFixtures.host(
                accounts, jdbc, api.baseUrl(), List.of(GameFixtures.everyKind().get(0)), "");
        var host = game.host();
        var ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        hostAction(game, "next");
        hostAction(game, "end");
        game.stomp().next("/topic/games." + game.gameId() + ".ended");
        ada.stomp().close();
        game.stomp().close();
        // A second game of the same host, with two players.
        UUID quiz = GameFixtures.quiz(
                jdbc, host.user().id(), List.of(GameFixtures.everyKind().get(0)));
        String pin = host.post("/api/v1/games", "{\"quizId\": \"%s\"}".formatted(quiz))
                .json()
                .get("pin")
                .asString();
        for (String nickname : List.of("Bo", "Cy")) {
            api.post(
                    "/api/v1/games/pin/" + pin + "/join",
                    "application/json",
                    "{\"nickname\": \"%s\"}".formatted(nickname));
        }
        var hostStomp = io.quizhall.support.StompClient.host(
                api.baseUrl(), host.cookie("qh_session").orElseThrow());
        JsonNode info = api.get("/api/v1/games/pin/" + pin).json();
        String gameId = info.get("gameId").asString();
        hostStomp.subscribe("/topic/games." + gameId + ".ended");
        hostStomp.send("/app/games/" + gameId + "/host/next", "{}");
        hostStomp.send("/app/games/" + gameId + "/host/end", "{}");
        hostStomp.next("/topic/games." + gameId + ".ended");
        hostStomp.close();

        var organiser = accounts.newUser();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String event = organiser
                .post("/api/v1/events", """
                        {"title": "Dashboard night", "capacity": 5, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(start, start.plus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        organiser.post("/api/v1/events/" + event + "/publish", "{}");
        host.post("/api/v1/events/" + event + "/registration", "{}");

        JsonNode run = host.post("/api/v1/ladder-runs", "{}").json();
        String code = run.get("code").asString();
        UUID right = jdbc.queryForObject(
                "SELECT id FROM ladder_options WHERE question_id = ?::uuid AND correct",
                UUID.class,
                run.get("question").get("questionId").asString());
        host.post("/api/v1/ladder-runs/" + code + "/answers", "{\"level\": 1, \"optionId\": \"%s\"}".formatted(right));
        host.post("/api/v1/ladder-runs/" + code + "/walk-away", "{}");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM game_results WHERE user_id = ?",
                                Long.class,
                                host.user().id())
                        == 2);
        JsonNode dashboard = host.get("/api/v1/dashboard").json();
        JsonNode stats = dashboard.get("stats");
        assertThat(stats.get("gamesHosted").asLong()).isEqualTo(2);
        assertThat(stats.get("playersReached").asLong()).isEqualTo(3);
        assertThat(stats.get("ladderRuns").asLong()).isEqualTo(1);
        assertThat(stats.get("ladderQuestionsAnswered").asLong()).isEqualTo(1);
        assertThat(stats.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(stats.get("bestPrize").asLong()).isEqualTo(100);
        assertThat(stats.get("eventsRegistered").asLong()).isEqualTo(1);
        assertThat(dashboard.get("upcoming").get(0).get("title").asString()).isEqualTo("Dashboard night");
        assertThat(dashboard.get("upcoming").get(0).get("startsAt").asString()).isEqualTo(start.toString());
        assertThat(dashboard.get("recentlyHosted").size()).isEqualTo(2);
        assertThat(dashboard.get("recentlyHosted").get(0).get("players").asInt())
                .isEqualTo(2);
        assertThat(dashboard.get("favouriteSubjects").size())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT count(*) FROM ladder_question_categories WHERE question_id = ?::uuid",
                        Integer.class,
                        run.get("question").get("questionId").asString()));
        JsonNode activity = dashboard.get("activity");
        assertThat(activity.size()).isEqualTo(12);
        JsonNode thisMonth = activity.get(11);
        assertThat(thisMonth.get("month").asString())
                .isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(thisMonth.get("gamesHosted").asLong()).isEqualTo(2);
        assertThat(thisMonth.get("ladderRuns").asLong()).isEqualTo(1);
        assertThat(thisMonth.get("registrations").asLong()).isEqualTo(1);
        assertThat(activity.get(0).get("gamesHosted").asLong()).isZero();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> dashboards.compute(host.user().id(), Instant.now()).trophies().stream()
                        .anyMatch(trophy -> trophy.name().equals("Quizmaster") && trophy.quantity() == 2));
        assertThat(api.get("/api/v1/dashboard").status()).isEqualTo(401);
    }
}
