package io.quizhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.account.CurrentUser;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail: actions on events and quizzes are recorded with their actor, administrators page and filter
 * them, nobody else reads them, entries commit with their action or not at all, and the database refuses to change
 * or remove them.
 */
@IntegrationTest
class AuditTrailTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void actionsOnEventsAndQuizzesAreRecordedAndOnlyAdministratorsReadThem() {
        var organiser = accounts.newUser();
        var player = accounts.newUser();
        var admin = accounts.newAdmin();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String id = organiser
                .post("/api/v1/events", """
                        {"title": "Audited", "capacity": 1, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(start, start.plus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        organiser.post("/api/v1/events/" + id + "/publish", "{}");
        player.post("/api/v1/events/" + id + "/registration", "{}");
        // Refused (full): nothing to record.
        accounts.newUser().post("/api/v1/events/" + id + "/registration", "{}");
        String quiz = organiser.post("/api/v1/quizzes", """
                        {"title": "Audited quiz", "questions": [{"type": "ABCD", "question": "Q?", "time": 20,
                         "hideResults": false, "answers": [{"answer": "a", "right": true}, {"answer": "b", "right": false}]}]}""").json().get("id").asString();

        JsonNode page =
                admin.get("/api/v1/admin/audit?objectType=event&objectId=" + id).json();
        assertThat(entries(page))
                .containsExactly(
                        "event.register by " + player.user().username(),
                        "event.publish by " + organiser.user().username(),
                        "event.create by " + organiser.user().username());
        assertThat(page.get("items").get(0).get("details").get("status").asString())
                .as("the registration filled the event")
                .isEqualTo("CLOSED");
        assertThat(page.has("next")).isFalse();
        assertThat(entries(admin.get("/api/v1/admin/audit?action=quiz.&objectId=" + quiz)
                        .json()))
                .containsExactly("quiz.create by " + organiser.user().username());

        // A page at a time, by the cursor.
        JsonNode first =
                admin.get("/api/v1/admin/audit?objectId=" + id + "&size=2").json();
        assertThat(first.get("items").size()).isEqualTo(2);
        JsonNode second = admin.get("/api/v1/admin/audit?objectId=" + id + "&size=2&before="
                        + first.get("next").asLong())
                .json();
        assertThat(entries(second))
                .containsExactly("event.create by " + organiser.user().username());
        assertThat(admin.get("/api/v1/admin/audit?actorId=" + player.user().id())
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);

        assertThat(organiser.get("/api/v1/admin/audit").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/audit").status()).isEqualTo(401);
    }

    @Test
    void anEntryCommitsWithItsActionOrNotAtAll() {
        var actor = new CurrentUser(UUID.randomUUID(), "tester", Set.of());
        String object = UUID.randomUUID().toString();
        assertThatThrownBy(() -> trail.record(actor, "test.outside", "test", object, Map.of()))
                .as("outside a transaction there is no action to go with")
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    trail.record(actor, "test.rolled-back", "test", object, Map.of());
                    throw new IllegalStateException("the action failed after it was recorded");
                }))
                .isInstanceOf(IllegalStateException.class);
        transactions.executeWithoutResult(status -> trail.record(actor, "test.done", "test", object, Map.of("n", 1)));
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE object_id = ?", String.class, object))
                .containsExactly("test.done");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        String object = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> trail.record(null, "test.kept", "test", object, Map.of()));
        for (String statement : List.of(
                "UPDATE audit_log SET action = 'test.changed' WHERE object_id = '" + object + "'",
                "DELETE FROM audit_log WHERE object_id = '" + object + "'",
                "TRUNCATE audit_log")) {
            assertThatThrownBy(() -> jdbc.execute(statement))
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("append-only");
        }
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE object_id = ?", String.class, object))
                .containsExactly("test.kept");
    }

    private static List<String> entries(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(entry -> entry.get("action").asString() + " by "
                        + entry.get("actorName").asString())
                .toList();
    }

    @Test
    void aFinishedGameAndModerationAreInTheTrailWithTheirActors() {
        var game = io.quizhall.game.GameFixtures.host(
                accounts,
                jdbc,
                api.baseUrl(),
                List.of(io.quizhall.game.GameFixtures.everyKind().get(0)),
                "");
        var ada = io.quizhall.game.GameFixtures.join(api, api.baseUrl(), game, "Ada");
        // A game that never left its lobby keeps no result; one that started does, and is in the trail with it.
        io.quizhall.game.GameFixtures.hostAction(game, "next");
        io.quizhall.game.GameFixtures.hostAction(game, "end");
        game.stomp().next("/topic/games." + game.gameId() + ".ended");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> !jdbc.queryForList(
                                "SELECT 1 FROM audit_log WHERE action = 'game.finish' AND object_id = ?",
                                game.gameId().toString())
                        .isEmpty());
        Map<String, Object> finished = jdbc.queryForMap(
                "SELECT actor_id, actor_name, details ->> 'players' AS players, details ->> 'mode' AS mode"
                        + " FROM audit_log WHERE action = 'game.finish' AND object_id = ?",
                game.gameId().toString());
        assertThat(finished)
                .containsEntry("actor_id", game.host().user().id())
                .containsEntry("actor_name", game.host().user().username())
                .containsEntry("players", "1")
                .containsEntry("mode", "classic");
        ada.stomp().close();
        game.stomp().close();

        var owner = accounts.newUser();
        UUID quiz = io.quizhall.game.GameFixtures.quiz(
                jdbc,
                owner.user().id(),
                List.of(io.quizhall.game.GameFixtures.everyKind().get(0)));
        var moderator = accounts.newModerator();
        assertThat(moderator
                        .post("/api/v1/moderation/quizzes/" + quiz + "/hide", "{\"reason\": \"Spam\"}")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT action || ':' || actor_name || ':' || (details ->> 'reason') FROM audit_log"
                                + " WHERE object_type = 'quiz' AND object_id = ?",
                        String.class,
                        quiz.toString()))
                .containsExactly("moderation.hide:" + moderator.user().username() + ":Spam");
    }
}
