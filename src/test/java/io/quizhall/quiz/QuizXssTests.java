package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Classic XSS vectors in every text of a quiz (title, description, each question, each answer) are neutralised
 * before storage, on create and on update: what is stored and returned has no element but the allowlisted ones,
 * and those without attributes, so no script, handler, URL or style can survive.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuizXssTests {

    /** Removing every allowed tag must leave no {@code <} at all: nothing else is markup. */
    private static final Pattern ALLOWED_TAG = Pattern.compile("</?(?:b|strong|i|em|small|mark|del|sub|sup)>");

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Accounts.SignedIn alice;

    @BeforeAll
    void signIn() {
        alice = accounts.newUser();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.quizhall.support.XssVectors#all")
    void isNeutralisedOnCreate(String vector) {
        var created = alice.post("/api/v1/quizzes", withVectorEverywhere(vector));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertSafe(created.json());
        assertSafe(stored(created.json().get("id").asString()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.quizhall.support.XssVectors#all")
    void isNeutralisedOnUpdate(String vector) {
        var created = alice.post(
                "/api/v1/quizzes",
                QuizFixtures.quiz("Clean", Quizzes.oneOfEachKind(image()), null).toString());
        String id = created.json().get("id").asString();

        var updated = alice.put(
                "/api/v1/quizzes/" + id,
                withVectorEverywhere(vector),
                Map.of("If-Match", created.headers().getETag()));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertSafe(updated.json());
        assertSafe(alice.get("/api/v1/quizzes/" + id).json());
        assertSafe(stored(id));
    }

    private String withVectorEverywhere(String vector) {
        var quiz = QuizFixtures.quiz("Title " + vector, Quizzes.oneOfEachKind(image()), null);
        quiz.put("description", vector);
        for (JsonNode question : quiz.get("questions")) {
            var q = (tools.jackson.databind.node.ObjectNode) question;
            q.put("question", "Question " + vector);
            JsonNode answers = q.get("answers");
            if (answers != null && answers.isArray()) {
                answers.forEach(
                        answer -> ((tools.jackson.databind.node.ObjectNode) answer).put("answer", "Answer " + vector));
            }
        }
        return quiz.toString();
    }

    /** The quiz as the database holds it, in the shape of a response. */
    private JsonNode stored(String id) {
        var row = jdbc.queryForMap(
                "SELECT title, description, questions::text AS questions FROM quiz WHERE id = ?::uuid", id);
        var quiz = QuizFixtures.JSON.createObjectNode();
        quiz.put("title", (String) row.get("title"));
        quiz.put("description", (String) row.get("description"));
        quiz.set("questions", QuizFixtures.JSON.readTree((String) row.get("questions")));
        return quiz;
    }

    private static void assertSafe(JsonNode quiz) {
        List<String> texts = new ArrayList<>();
        texts.add(quiz.get("title").asString());
        if (quiz.hasNonNull("description")) {
            texts.add(quiz.get("description").asString());
        }
        for (JsonNode question : quiz.get("questions")) {
            texts.add(question.get("question").asString());
            JsonNode answers = question.get("answers");
            if (answers != null && answers.isArray()) {
                answers.forEach(answer -> texts.add(answer.get("answer").asString()));
            }
        }
        assertThat(texts).hasSizeGreaterThan(10);
        for (String text : texts) {
            assertThat(ALLOWED_TAG.matcher(text).replaceAll(""))
                    .as("only bare allowlisted tags in %s", text)
                    .doesNotContain("<");
            assertThat(text).doesNotContainPattern("(?i)<[a-z]+\\s").doesNotContainIgnoringCase("<script");
        }
        assertThat(quiz.get("title").asString()).startsWith("Title");
    }

    private String image() {
        return QuizFixtures.image(jdbc, alice.user().id());
    }
}
