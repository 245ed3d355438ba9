package io.quizhall.quiz;

import static io.quizhall.quiz.QuizFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every rule of docs/quiz-format.md broken once, on create, update and import: each is a 400 naming the field by
 * its path, never a 500. The valid quiz starts as {@link Quizzes#oneOfEachKind} in that order: questions[0] ABCD,
 * [1] CHECK, [2] RANGE, [3] VOTING, [4] ORDER, [5] TEXT, [6] SLIDE.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuizValidationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Accounts.SignedIn alice;
    Images images;

    /** Pictures the cases refer to: Alice's own, someone else's, and one Alice deleted. */
    record Images(String mine, String someoneElses, String deleted) {}

    interface Mutation {
        void apply(ObjectNode quiz, Images images);
    }

    @BeforeAll
    void signIn() {
        alice = accounts.newUser();
        images = new Images(
                QuizFixtures.image(jdbc, alice.user().id()),
                QuizFixtures.image(jdbc, Rows.user(jdbc)),
                QuizFixtures.deletedImage(jdbc, alice.user().id()));
    }

    static Stream<Arguments> invalidQuizzes() {
        return Stream.of(
                // The quiz
                invalid("no title", (q, i) -> q.remove("title"), "title"),
                invalid("a blank title", (q, i) -> q.put("title", "  \n "), "title"),
                invalid("a title that is only removed markup", (q, i) -> q.put("title", "<script>x</script>"), "title"),
                invalid("a title of 301 characters", (q, i) -> q.put("title", "é".repeat(301)), "title"),
                invalid("a title that is an object", (q, i) -> q.putObject("title"), "title"),
                invalid(
                        "a description of 2001 characters",
                        (q, i) -> q.put("description", "d".repeat(2001)),
                        "description"),
                invalid("no questions", (q, i) -> q.putArray("questions"), "questions"),
                invalid("questions that are null", (q, i) -> q.putNull("questions"), "questions"),
                invalid("101 questions", (q, i) -> repeatFirstQuestion(q, 101), "questions"),
                invalid("questions that are an object", (q, i) -> q.putObject("questions"), "questions"),
                invalid("a background colour by name", (q, i) -> q.put("backgroundColor", "blue"), "backgroundColor"),
                invalid(
                        "a background colour with CSS in it",
                        (q, i) -> q.put("backgroundColor", "#fff;background:url(javascript:alert(1))"),
                        "backgroundColor"),
                invalid("a cover image that is no id", (q, i) -> q.put("coverImage", "../../etc/passwd"), "coverImage"),
                invalid(
                        "a cover image nobody uploaded",
                        (q, i) -> q.put("coverImage", UUID.randomUUID().toString()),
                        "coverImage"),
                invalid("a cover image of someone else", (q, i) -> q.put("coverImage", i.someoneElses()), "coverImage"),
                invalid(
                        "a background image I deleted",
                        (q, i) -> q.put("backgroundImage", i.deleted()),
                        "backgroundImage"),
                // Every question
                invalid("a null question", (q, i) -> questions(q).set(0, JSON.nullNode()), "questions[0]"),
                invalid("an unknown type", (q, i) -> question(q, 0).put("type", "ESSAY"), "questions[0].type"),
                invalid("no type", (q, i) -> question(q, 3).remove("type"), "questions[3].type"),
                invalid("no question text", (q, i) -> question(q, 1).remove("question"), "questions[1].question"),
                invalid(
                        "a blank question text",
                        (q, i) -> question(q, 2).put("question", " "),
                        "questions[2].question"),
                invalid(
                        "a question text of 501 characters",
                        (q, i) -> question(q, 6).put("question", "q".repeat(501)),
                        "questions[6].question"),
                invalid("a time of 4 seconds", (q, i) -> question(q, 0).put("time", 4), "questions[0].time"),
                invalid("a time of 601 seconds", (q, i) -> question(q, 6).put("time", 601), "questions[6].time"),
                invalid("no time", (q, i) -> question(q, 5).remove("time"), "questions[5].time"),
                invalid("a time that is text", (q, i) -> question(q, 5).put("time", "soon"), "questions[5].time"),
                invalid("a time of null", (q, i) -> question(q, 4).putNull("time"), "questions[4].time"),
                invalid(
                        "a question image that is no id",
                        (q, i) -> question(q, 0).put("image", "cat.png"),
                        "questions[0].image"),
                invalid(
                        "a question image of someone else",
                        (q, i) -> question(q, 1).put("image", i.someoneElses()),
                        "questions[1].image"),
                // ABCD and CHECK
                invalid("ABCD with one answer", (q, i) -> keepAnswers(q, 0, 1), "questions[0].answers"),
                invalid("ABCD with 17 answers", (q, i) -> repeatAnswers(q, 0, 17), "questions[0].answers"),
                invalid("ABCD without a right answer", (q, i) -> noneRight(q, 0), "questions[0].answers"),
                invalid("ABCD without answers", (q, i) -> question(q, 0).remove("answers"), "questions[0].answers"),
                invalid(
                        "ABCD with a blank answer",
                        (q, i) -> answer(q, 0, 1).put("answer", ""),
                        "questions[0].answers[1].answer"),
                invalid(
                        "ABCD with an answer of 201 characters",
                        (q, i) -> answer(q, 0, 3).put("answer", "a".repeat(201)),
                        "questions[0].answers[3].answer"),
                invalid(
                        "ABCD with a colour by name",
                        (q, i) -> answer(q, 0, 0).put("color", "red"),
                        "questions[0].answers[0].color"),
                invalid(
                        "ABCD with a null answer",
                        (q, i) -> answers(q, 0).set(2, JSON.nullNode()),
                        "questions[0].answers[2]"),
                invalid(
                        "ABCD with answers shaped like RANGE",
                        (q, i) -> question(q, 0)
                                .set("answers", question(q, 2).get("answers").deepCopy()),
                        "questions[0].answers"),
                invalid("CHECK without a right answer", (q, i) -> noneRight(q, 1), "questions[1].answers"),
                invalid(
                        "CHECK with an answer that is a number",
                        (q, i) -> answers(q, 1).set(0, JSON.getNodeFactory().numberNode(2)),
                        "questions[1].answers[0]"),
                // RANGE
                invalid(
                        "RANGE with minCorrect below min",
                        (q, i) -> range(q).put("minCorrect", 1899),
                        "questions[2].answers.minCorrect"),
                invalid(
                        "RANGE with maxCorrect above max",
                        (q, i) -> range(q).put("maxCorrect", 2001),
                        "questions[2].answers.maxCorrect"),
                invalid(
                        "RANGE with minCorrect above maxCorrect",
                        (q, i) -> range(q).put("minCorrect", 1990),
                        "questions[2].answers.maxCorrect"),
                invalid("RANGE with min above max", (q, i) -> range(q).put("min", 2001), "questions[2].answers.max"),
                invalid(
                        "RANGE with answers as a list",
                        (q, i) -> question(q, 2).set("answers", answers(q, 0).deepCopy()),
                        "questions[2].answers"),
                invalid("RANGE without answers", (q, i) -> question(q, 2).remove("answers"), "questions[2].answers"),
                invalid(
                        "RANGE with a bound beyond int",
                        (q, i) -> range(q).put("max", 99_999_999_999L),
                        "questions[2].answers.max"),
                // VOTING and ORDER
                invalid("VOTING with one option", (q, i) -> keepAnswers(q, 3, 1), "questions[3].answers"),
                invalid(
                        "VOTING with an option image that is no id",
                        (q, i) -> answer(q, 3, 0).put("image", "x"),
                        "questions[3].answers[0].image"),
                invalid(
                        "VOTING with an option colour by name",
                        (q, i) -> answer(q, 3, 1).put("color", "green"),
                        "questions[3].answers[1].color"),
                invalid("ORDER with one item", (q, i) -> keepAnswers(q, 4, 1), "questions[4].answers"),
                invalid(
                        "ORDER with a blank item",
                        (q, i) -> answer(q, 4, 2).put("answer", "<p></p>"),
                        "questions[4].answers[2].answer"),
                invalid(
                        "ORDER with items shaped like ABCD choices",
                        (q, i) -> answer(q, 4, 0).put("right", true),
                        "questions[4].answers[0].right"),
                // TEXT
                invalid("TEXT without accepted answers", (q, i) -> keepAnswers(q, 5, 0), "questions[5].answers"),
                invalid(
                        "TEXT with a blank accepted answer",
                        (q, i) -> answer(q, 5, 0).put("answer", " "),
                        "questions[5].answers[0].answer"),
                invalid(
                        "TEXT with answers shaped like ABCD choices",
                        (q, i) -> answer(q, 5, 1).put("right", true),
                        "questions[5].answers[1].right"),
                // SLIDE
                invalid(
                        "SLIDE with answers",
                        (q, i) -> question(q, 6).set("answers", answers(q, 0).deepCopy()),
                        "questions[6].answers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidQuizzes")
    void rejectsOnCreate(String description, Mutation mutation, String field) {
        var response = alice.post("/api/v1/quizzes", mutated(mutation).toString());

        assertRejected(response, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidQuizzes")
    void rejectsOnUpdate(String description, Mutation mutation, String field) {
        var created = alice.post("/api/v1/quizzes", valid().toString());
        assertThat(created.status()).isEqualTo(201);

        var response = alice.put(
                "/api/v1/quizzes/" + created.json().get("id").asString(),
                mutated(mutation).toString(),
                Map.of("If-Match", created.headers().getETag()));

        assertRejected(response, field);
        assertThat(alice.get("/api/v1/quizzes/" + created.json().get("id").asString())
                        .json()
                        .get("version")
                        .asLong())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidQuizzes")
    void rejectsOnImportWithPathsInsideTheDocument(String description, Mutation mutation, String field) {
        ObjectNode document =
                JSON.createObjectNode().put("format", "quizhall-quiz").put("version", 1);
        document.set("quiz", mutated(mutation));

        var response = alice.post("/api/v1/quizzes/import", document.toString());

        assertRejected(response, "quiz." + field);
    }

    @Test
    void listsEveryInvalidFieldAtOnce() {
        ObjectNode quiz = valid();
        quiz.put("title", "");
        question(quiz, 0).put("time", 1);
        answer(quiz, 5, 0).put("answer", "");

        var response = alice.post("/api/v1/quizzes", quiz.toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json()))
                .containsExactly("title", "questions[0].time", "questions[5].answers[0].answer");
        assertThat(response.json().get("detail").asString()).isEqualTo("3 fields are invalid.");
    }

    @Test
    void acceptsTheLimitsThemselves() {
        ObjectNode quiz = valid();
        quiz.put("title", "t".repeat(300));
        quiz.put("description", "d".repeat(2000));
        question(quiz, 0).put("time", 5).put("question", "q".repeat(500));
        question(quiz, 6).put("time", 600);
        answer(quiz, 0, 0).put("answer", "a".repeat(200)).put("color", "#ABC");
        repeatAnswers(quiz, 1, 16);
        range(quiz).put("min", 1989).put("max", 1989);
        keepAnswers(quiz, 5, 1);
        repeatFirstQuestion(quiz, 100);

        var response = alice.post("/api/v1/quizzes", quiz.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private ObjectNode valid() {
        return QuizFixtures.quiz("Valid", Quizzes.oneOfEachKind(images.mine()), images.mine());
    }

    private ObjectNode mutated(Mutation mutation) {
        ObjectNode quiz = valid();
        mutation.apply(quiz, images);
        return quiz;
    }

    private static void assertRejected(io.quizhall.support.Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(fields(response.json())).as(response.body()).contains(field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }

    private static Arguments invalid(String description, Mutation mutation, String field) {
        return Arguments.of(description, mutation, field);
    }

    private static ArrayNode questions(ObjectNode quiz) {
        return (ArrayNode) quiz.get("questions");
    }

    private static ObjectNode question(ObjectNode quiz, int index) {
        return (ObjectNode) questions(quiz).get(index);
    }

    private static ArrayNode answers(ObjectNode quiz, int question) {
        return (ArrayNode) question(quiz, question).get("answers");
    }

    private static ObjectNode answer(ObjectNode quiz, int question, int answer) {
        return (ObjectNode) answers(quiz, question).get(answer);
    }

    private static ObjectNode range(ObjectNode quiz) {
        return (ObjectNode) question(quiz, 2).get("answers");
    }

    private static void noneRight(ObjectNode quiz, int question) {
        answers(quiz, question).forEach(answer -> ((ObjectNode) answer).put("right", false));
    }

    private static void keepAnswers(ObjectNode quiz, int question, int count) {
        ArrayNode answers = answers(quiz, question);
        while (answers.size() > count) {
            answers.remove(answers.size() - 1);
        }
    }

    private static void repeatAnswers(ObjectNode quiz, int question, int count) {
        ArrayNode answers = answers(quiz, question);
        while (answers.size() < count) {
            answers.add(answers.get(answers.size() - 1).deepCopy());
        }
    }

    private static void repeatFirstQuestion(ObjectNode quiz, int count) {
        ArrayNode questions = questions(quiz);
        while (questions.size() < count) {
            questions.add(questions.get(0).deepCopy());
        }
        while (questions.size() > count) {
            questions.remove(questions.size() - 1);
        }
    }
}
