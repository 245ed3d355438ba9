package io.quizhall.quiz;

import static io.quizhall.quiz.QuizFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code quizhall-quiz} version 1 format: what export writes, import reads back exactly. */
@IntegrationTest
class QuizExportImportTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportThenImportGivesAnEqualQuiz() {
        var alice = accounts.newUser();
        String cover = QuizFixtures.image(jdbc, alice.user().id());
        ObjectNode body = QuizFixtures.quiz("Round trip &amp; back 😀", Quizzes.oneOfEachKind(cover), cover);
        body.put("backgroundImage", cover);
        var original = alice.post("/api/v1/quizzes", body.toString());
        assertThat(original.status()).as(original.body()).isEqualTo(201);
        String id = original.json().get("id").asString();

        var exported = alice.get("/api/v1/quizzes/" + id + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.headers().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"quiz-" + id + ".json\"");
        JsonNode document = exported.json();
        assertThat(document.get("format").asString()).isEqualTo("quizhall-quiz");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(Instant.parse(document.get("exportedAt").asString()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(document.get("quiz").has("id"))
                .as("no ids, owners, counters or versions")
                .isFalse();
        assertThat(document.get("quiz").has("views")).isFalse();
        assertThat(document.get("quiz").has("version")).isFalse();

        var imported = alice.post("/api/v1/quizzes/import", exported.body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String copyId = imported.json().get("id").asString();
        assertThat(copyId).isNotEqualTo(id);
        assertThat(imported.json().get("public").asBoolean()).isFalse();

        var reExported = alice.get("/api/v1/quizzes/" + copyId + "/export").json();
        assertThat(reExported.get("quiz")).isEqualTo(document.get("quiz"));
        for (String field :
                List.of("title", "description", "questions", "coverImage", "backgroundColor", "backgroundImage")) {
            assertThat(imported.json().get(field))
                    .as(field)
                    .isEqualTo(original.json().get(field));
        }
        assertThat(QuizFixtures.questions(imported.json().get("questions"))).isEqualTo(Quizzes.oneOfEachKind(cover));
    }

    @Test
    void refusesUnknownFormatsAndVersionsClearly() {
        var alice = accounts.newUser();
        ObjectNode document = exportOf(alice);

        var kahoot = alice.post(
                "/api/v1/quizzes/import",
                document.deepCopy().put("format", "kahoot").toString());
        assertThat(kahoot.status()).isEqualTo(400);
        assertThat(kahoot.json().at("/errors/0/field").asString()).isEqualTo("format");
        assertThat(kahoot.json().at("/errors/0/message").asString()).contains("quizhall-quiz");

        var future = alice.post(
                "/api/v1/quizzes/import", document.deepCopy().put("version", 2).toString());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().at("/errors/0/field").asString()).isEqualTo("version");
        assertThat(future.json().at("/errors/0/message").asString()).contains("version 1");

        ObjectNode bare = document.deepCopy();
        bare.remove(List.of("format", "version", "quiz"));
        var empty = alice.post("/api/v1/quizzes/import", bare.toString());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactly("format", "version", "quiz");
    }

    @Test
    void importingSomeoneElsesExportNeedsTheirPicturesToBeMine() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        ObjectNode document = exportOf(alice);

        var imported = bob.post("/api/v1/quizzes/import", document.toString());

        assertThat(imported.status()).isEqualTo(400);
        assertThat(imported.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactly("quiz.questions[1].image");
    }

    @Test
    void importedTextIsSanitisedLikeCreated() {
        var alice = accounts.newUser();
        ObjectNode document = exportOf(alice);
        ((ObjectNode) document.get("quiz")).put("title", "Imported <img src=x onerror=alert(1)><b>bold</b>");

        var imported = alice.post("/api/v1/quizzes/import", document.toString());

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("title").asString()).isEqualTo("Imported <b>bold</b>");
    }

    private ObjectNode exportOf(Accounts.SignedIn user) {
        var created = user.post(
                "/api/v1/quizzes",
                QuizFixtures.quiz(
                                "Exported",
                                Quizzes.oneOfEachKind(
                                        QuizFixtures.image(jdbc, user.user().id())),
                                null)
                        .toString());
        return (ObjectNode) JSON.readTree(
                user.get("/api/v1/quizzes/" + created.json().get("id").asString() + "/export")
                        .body());
    }
}
