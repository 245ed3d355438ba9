package io.quizhall.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The reports a host reads over REST: the list, one game's report, a player's answers, grading, changes. */
@IntegrationTest
class ResultApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    GameResultService results;

    @Autowired
    JdbcTemplate jdbc;

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-03-04T09:00:00Z");

    @Test
    void theListIsPagedNewestFirstAndFilteredByQuizTimeAndTitle() {
        var host = accounts.newUser();
        UUID hostId = host.user().id();
        UUID fractions = Rows.quiz(jdbc, hostId);
        var monday = ResultFixtures.keep(results, hostId, fractions, "Fractions 7b", MONDAY);
        var tuesday = ResultFixtures.keep(results, jdbc, hostId, "Planets 100%", TUESDAY);
        var wednesday = ResultFixtures.keep(results, hostId, fractions, "Fractions 7c", WEDNESDAY);
        ResultFixtures.keep(results, jdbc, accounts.newUser().user().id(), "Fractions elsewhere", TUESDAY);

        JsonNode first = host.get("/api/v1/results?size=2").json();
        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(first))
                .containsExactly(wednesday.gameId().toString(), tuesday.gameId().toString());
        assertThat(ids(host.get("/api/v1/results?size=2&page=1").json()))
                .containsExactly(monday.gameId().toString());

        assertThat(ids(host.get("/api/v1/results?quizId=" + fractions).json()))
                .containsExactly(wednesday.gameId().toString(), monday.gameId().toString());
        assertThat(ids(host.get("/api/v1/results?from=2026-03-03T00:00:00Z&to=2026-03-04T00:00:00Z")
                        .json()))
                .containsExactly(tuesday.gameId().toString());
        assertThat(ids(host.get("/api/v1/results?q=fRaCtIoNs%207").json()))
                .containsExactly(wednesday.gameId().toString(), monday.gameId().toString());
        assertThat(ids(host.get("/api/v1/results?q=%25").json()))
                .as("%% matches itself, not everything")
                .containsExactly(tuesday.gameId().toString());
        JsonNode item = first.get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo("Fractions 7c");
        assertThat(item.get("playerCount").asInt()).isEqualTo(3);

        assertThat(host.get("/api/v1/results?size=101").status()).isEqualTo(400);
        assertThat(host.get("/api/v1/results?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void theReportHasStandingsQuestionStatisticsAndTheHardestQuestions() {
        var host = accounts.newUser();
        var game = ResultFixtures.keep(results, jdbc, host.user().id(), "Everything", MONDAY);

        var response = host.get("/api/v1/results/" + game.gameId() + "/report");

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("customField").asString()).isEqualTo("Student number");
        assertThat(report.get("averageScore").asDouble()).isEqualTo(2495.0);
        JsonNode standings = report.get("standings");
        assertThat(standings.valueStream().map(s -> s.get("nickname").asString()))
                .containsExactly("Ada", "Cy", "Bob");
        assertThat(standings.get(0).get("customField").asString()).isEqualTo("S-2");
        assertThat(standings.get(0).get("rightAnswers").asInt()).isEqualTo(5);
        assertThat(standings.get(1).get("answered").asInt()).isEqualTo(5);
        assertThat(standings.get(1).get("rank").asInt()).isEqualTo(2);

        JsonNode abcd = report.get("questions").get(0);
        assertThat(abcd.get("answered").asInt()).isEqualTo(3);
        assertThat(abcd.get("right").asInt()).isEqualTo(2);
        assertThat(abcd.get("rightPercent").asInt()).isEqualTo(67);
        assertThat(abcd.get("averageTimeMs").asLong()).isEqualTo(3000);
        assertThat(abcd.get("fastest").get("nickname").asString()).isEqualTo("Ada");
        assertThat(abcd.get("distribution")
                        .valueStream()
                        .map(s -> s.get("answer").asString() + "="
                                + s.get("count").asInt() + "/" + s.get("right").asBoolean()))
                .containsExactly("Jupiter=2/true", "Mars=1/false", "Venus=0/false");

        JsonNode check = report.get("questions").get(1);
        assertThat(check.get("distribution")
                        .valueStream()
                        .map(s -> s.get("count").asInt()))
                .as("each option counts the players who ticked it")
                .containsExactly(2, 0, 1);
        JsonNode range = report.get("questions").get(2);
        assertThat(range.get("distribution")
                        .valueStream()
                        .map(s -> s.get("answer").asString() + "="
                                + s.get("count").asInt()))
                .containsExactly("1989=2", "1995=1");
        JsonNode voting = report.get("questions").get(3);
        assertThat(voting.get("scored").asBoolean()).isFalse();
        assertThat(voting.has("rightPercent")).isFalse();
        assertThat(voting.get("distribution").get(1).get("count").asInt()).isEqualTo(2);
        assertThat(voting.get("fastest").get("nickname").asString()).isEqualTo("Ada");
        JsonNode order = report.get("questions").get(4);
        assertThat(order.get("distribution").get(0).get("answer").asString()).isEqualTo("Atom | Cell | Planet");
        assertThat(order.get("distribution").get(0).get("count").asInt()).isEqualTo(2);
        JsonNode text = report.get("questions").get(5);
        assertThat(text.get("distribution").size()).isEqualTo(3);
        JsonNode slide = report.get("questions").get(6);
        assertThat(slide.get("answered").asInt()).isZero();
        assertThat(slide.get("distribution").size()).isZero();

        assertThat(report.get("hardest").valueStream().map(JsonNode::asInt)).containsExactly(5, 1, 0, 2, 4);
    }

    @Test
    void aPlayersReportListsEveryQuestionWithTheirAnswer() {
        var host = accounts.newUser();
        var game = ResultFixtures.keep(results, jdbc, host.user().id(), "Everything", MONDAY);

        JsonNode cy = host.get("/api/v1/results/" + game.gameId() + "/players/" + game.cy())
                .json();

        assertThat(cy.get("nickname").asString()).isEqualTo("Cy");
        assertThat(cy.get("rank").asInt()).isEqualTo(2);
        JsonNode answers = cy.get("answers");
        assertThat(answers.size()).as("every question but the slide").isEqualTo(6);
        assertThat(answers.get(0).get("answer").asString()).isEqualTo("Jupiter");
        assertThat(answers.get(0).get("right").asBoolean()).isTrue();
        assertThat(answers.get(0).get("timeTakenMs").asLong()).isEqualTo(4000);
        assertThat(answers.get(0).get("points").asInt()).isEqualTo(900);
        assertThat(answers.get(1).has("answer")).as("Cy left CHECK unanswered").isFalse();
        assertThat(answers.get(1).get("points").asInt()).isZero();
        assertThat(answers.get(3).has("right")).as("VOTING is not judged").isFalse();

        assertThat(host.get("/api/v1/results/" + game.gameId() + "/players/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theGradingViewSaysWhoGotWhatRightWithoutPoints() {
        var host = accounts.newUser();
        var game = ResultFixtures.keep(results, jdbc, host.user().id(), "Everything", MONDAY);

        var response = host.get("/api/v1/results/" + game.gameId() + "/grading");

        assertThat(response.body()).doesNotContain("score").doesNotContain("points");
        JsonNode grading = response.json();
        assertThat(grading.get("questions")
                        .valueStream()
                        .map(q -> q.get("index").asInt()))
                .containsExactly(0, 1, 2, 4, 5);
        assertThat(grading.get("players")
                        .valueStream()
                        .map(p -> p.get("customField").asString()))
                .as("by student number")
                .containsExactly("S-1", "S-2", "S-3");
        JsonNode cy = grading.get("players").get(2);
        assertThat(cy.get("right").valueStream().map(mark -> mark.isNull() ? "-" : mark.asString()))
                .containsExactly("true", "-", "true", "true", "false");
        assertThat(cy.get("rightCount").asInt()).isEqualTo(3);
    }

    @Test
    void onlyTheHostAndAdministratorsSeeAResult() {
        var host = accounts.newUser();
        var game = ResultFixtures.keep(results, jdbc, host.user().id(), "Mine", MONDAY);
        var other = accounts.newUser();
        String path = "/api/v1/results/" + game.gameId();
        for (String read : new String[] {path, path + "/report", path + "/grading", path + "/players/" + game.ada()}) {
            assertThat(other.get(read).status()).as(read).isEqualTo(404);
            assertThat(accounts.anonymous().get(read).status()).as(read).isEqualTo(401);
        }
        assertThat(other.send("PATCH", path, "{\"note\": \"mine now\"}", java.util.Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(other.delete(path).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/results").json().get("totalItems").asInt())
                .isZero();

        var admin = accounts.newAdmin();
        assertThat(admin.get(path + "/report").status()).isEqualTo(200);
        assertThat(admin.delete(path).status())
                .as("administrators read, hosts delete")
                .isEqualTo(404);
        assertThat(host.get(path).status()).isEqualTo(200);
    }

    @Test
    void theHostRenamesAnnotatesAndDeletesAGame() {
        var host = accounts.newUser();
        var game = ResultFixtures.keep(results, jdbc, host.user().id(), "Planets", MONDAY);
        String path = "/api/v1/results/" + game.gameId();

        var renamed = host.send(
                "PATCH",
                path,
                "{\"title\": \"Planets <script>x</script><b>7b</b>\", \"note\": \"Repeat Mars\"}",
                java.util.Map.of());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("title").asString()).isEqualTo("Planets <b>7b</b>");
        assertThat(renamed.json().get("note").asString()).isEqualTo("Repeat Mars");
        var noteOnly = host.send("PATCH", path, "{\"note\": \"\"}", java.util.Map.of());
        assertThat(noteOnly.json().get("title").asString()).isEqualTo("Planets <b>7b</b>");
        assertThat(noteOnly.json().has("note")).isFalse();

        var invalid = host.send(
                "PATCH", path, "{\"title\": \" \", \"note\": \"" + "n".repeat(2001) + "\"}", java.util.Map.of());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(invalid.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("title", "note");
        assertThat(host.send("PATCH", path, "{\"colour\": \"red\"}", java.util.Map.of())
                        .status())
                .isEqualTo(400);

        var forged = accounts.signIn(host.user()).withoutCsrfToken().delete(path);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(host.delete(path).status()).isEqualTo(204);
        assertThat(host.get(path).status()).isEqualTo(404);
        assertThat(host.delete(path).status()).isEqualTo(404);
    }

    private static java.util.List<String> ids(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
    }
}
