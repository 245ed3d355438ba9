package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.storage.TestFiles;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Quiz imports from files: the app's template, Kahoot's template, broken files, zip bombs, and archives with pictures. */
@IntegrationTest
class QuizImportTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Accounts accounts;

    @Test
    void theTemplateTheAppServesImportsAsOneQuestionOfEachKind() {
        var teacher = accounts.newUser();
        var template = teacher.getBytes("/api/v1/quiz-imports/template.xlsx", Map.of());
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.headers().getContentType().toString()).isEqualTo(XLSX);

        var imported = teacher.upload("/api/v1/quiz-imports", "Planets 7b.xlsx", XLSX, template.body(), Map.of());

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode quiz = imported.json();
        assertThat(quiz.get("title").asString()).isEqualTo("Planets 7b");
        JsonNode questions = quiz.get("questions");
        assertThat(questions.valueStream().map(q -> q.get("type").asString()))
                .containsExactly("ABCD", "CHECK", "RANGE", "ORDER", "TEXT", "VOTING");
        assertThat(questions.get(0).at("/answers/0/right").asBoolean()).isTrue();
        assertThat(questions.get(0).at("/answers/1/right").asBoolean()).isFalse();
        assertThat(questions
                        .get(1)
                        .get("answers")
                        .valueStream()
                        .map(a -> a.get("right").asBoolean()))
                .containsExactly(true, false, true, false);
        assertThat(questions.get(1).get("time").asInt()).isEqualTo(30);
        assertThat(questions.get(2).at("/answers/minCorrect").asInt()).isEqualTo(1989);
        assertThat(questions
                        .get(3)
                        .get("answers")
                        .valueStream()
                        .map(a -> a.get("answer").asString()))
                .containsExactly("Atom", "Cell", "Planet");
        assertThat(questions.get(4).at("/answers/0/answer").asString()).isEqualTo("Au");
        assertThat(teacher.get("/api/v1/quizzes/" + quiz.get("id").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void kahootsQuizTemplateImportsAsAbcdAndCheckQuestions() throws Exception {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Kahoot", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        sheet.value(0, 1, "Quiz template");
        sheet.value(2, 1, "Add questions, at least two answer alternatives, time limit and choose correct answers.");
        String[] header = {
            "",
            "Question - max 120 characters",
            "Answer 1 - max 75 characters",
            "Answer 2 - max 75 characters",
            "Answer 3 - max 75 characters",
            "Answer 4 - max 75 characters",
            "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
            "Correct answer(s) - choose at least one"
        };
        for (int c = 0; c < header.length; c++) {
            sheet.value(7, c, header[c]);
        }
        Object[][] rows = {
            {1, "What is 2 + 2?", "3", "4", "5", null, 20, "2"},
            {2, "Which are oceans?", "Pacific", "Sahara", "Atlantic", "Alps", 30, "1,3"},
            {3, "Is the sky blue?", "Yes", "No", null, null, 10, 1}
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof String text) {
                    sheet.value(8 + r, c, text);
                } else if (rows[r][c] instanceof Integer number) {
                    sheet.value(8 + r, c, number);
                }
            }
        }
        sheet.finish();
        workbook.finish();
        var teacher = accounts.newUser();

        var imported = teacher.upload(
                "/api/v1/quiz-imports", "kahoot.xlsx", XLSX, out.toByteArray(), Map.of("title", "From Kahoot"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode questions = imported.json().get("questions");
        assertThat(imported.json().get("title").asString()).isEqualTo("From Kahoot");
        assertThat(questions.valueStream().map(q -> q.get("type").asString())).containsExactly("ABCD", "CHECK", "ABCD");
        assertThat(questions.get(0).get("answers").size()).isEqualTo(3);
        assertThat(questions.get(0).at("/answers/1/answer").asString()).isEqualTo("4");
        assertThat(questions.get(0).at("/answers/1/right").asBoolean()).isTrue();
        assertThat(questions
                        .get(1)
                        .get("answers")
                        .valueStream()
                        .map(a -> a.get("right").asBoolean()))
                .containsExactly(true, false, true, false);
        assertThat(questions.get(1).get("time").asInt()).isEqualTo(30);
        assertThat(questions.get(2).get("answers").size()).isEqualTo(2);
    }

    @Test
    void aBrokenSpreadsheetIsReportedByRowAndColumnAndImportsNothing() {
        var teacher = accounts.newUser();
        String csv = "Question;Kind;Time;Answer 1;Answer 2;Answer 3;Right answers\n"
                + "Fine?;ABCD;20;Yes;No;;1\n"
                + "Slow?;ABCD;soon;Yes;No;;1\n"
                + "Which?;ABCD;20;Yes;No;;3\n"
                + "=HYPERLINK(\"http://evil.example\");ABCD;20;Yes;No;;1\n"
                + "Odd?;PUZZLE;20;Yes;No;;1\n"
                + ";ABCD;20;" + "x".repeat(201) + ";No;;1\n";

        var refused = teacher.upload(
                "/api/v1/quiz-imports", "broken.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(fields(refused.json()))
                .containsExactly(
                        "row 3, Time: must be a whole number",
                        "row 4, Right answers: names answer 3, which is empty",
                        "row 5, Question: must be a value, not a formula",
                        "row 6, Kind: must be one of ABCD, CHECK, RANGE, VOTING, ORDER, TEXT, SLIDE",
                        "row 7, Question: must not be empty");
        assertThat(teacher.get("/api/v1/quizzes").json().get("totalItems").asInt())
                .isZero();

        String tooLong =
                "Question,Answer 1,Answer 2,Right answers\nFine?,Yes,No,1\nLong?," + "x".repeat(201) + ",No,2\n";
        var validated = teacher.upload(
                "/api/v1/quiz-imports", "long.csv", "text/csv", tooLong.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(validated.status()).isEqualTo(400);
        assertThat(validated.json().at("/errors/0/field").asString())
                .as("the editor's validation, named by row and column")
                .isEqualTo("row 3, Answer 1");
        assertThat(teacher.get("/api/v1/quizzes").json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void wrongFilesZipBombsAndStrangeArchivesGetAProblemNeverA500() throws Exception {
        var teacher = accounts.newUser();
        var picture = teacher.upload("/api/v1/quiz-imports", "cat.png", "image/png", TestFiles.png(8, 8), Map.of());
        assertThat(picture.status()).isEqualTo(400);
        assertThat(picture.json().at("/errors/0/field").asString()).isEqualTo("file");

        var bomb = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        var refused = teacher.upload("/api/v1/quiz-imports", "bomb.xlsx", XLSX, bomb.toByteArray(), Map.of());
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("code").asString()).isEqualTo("payload-too-large");

        var unrelated = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(unrelated)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(teacher.upload(
                                "/api/v1/quiz-imports",
                                "notes.zip",
                                "application/zip",
                                unrelated.toByteArray(),
                                Map.of())
                        .status())
                .isEqualTo(400);
        var truncated = java.util.Arrays.copyOf(bomb.toByteArray(), 200);
        assertThat(teacher.upload("/api/v1/quiz-imports", "cut.xlsx", XLSX, truncated, Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(teacher.upload("/api/v1/quiz-imports", "empty.csv", "text/csv", new byte[0], Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(teacher.get("/api/v1/quizzes").json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void anArchiveCarriesTheQuizAndItsPicturesToAnotherAccount() throws Exception {
        var author = accounts.newUser();
        byte[] cover = TestFiles.png(12, 9);
        byte[] slide = TestFiles.png(5, 5);
        String coverId = uploadPicture(author, cover);
        String slideId = uploadPicture(author, slide);
        var created = author.post("/api/v1/quizzes", """
                {"title": "Pictures", "coverImage": "%s",
                 "questions": [{"type": "SLIDE", "question": "Look", "time": 10, "hideResults": true, "image": "%s"},
                   {"type": "VOTING", "question": "Which?", "time": 10, "hideResults": false,
                    "answers": [{"answer": "This", "image": "%s"}, {"answer": "That", "image": "%s"}]}]}
                """.formatted(coverId, slideId, slideId, coverId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String quizId = created.json().get("id").asString();

        var archive = author.getBytes("/api/v1/quizzes/" + quizId + "/export?format=zip", Map.of());
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.headers().getContentType().toString()).isEqualTo("application/zip");
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new java.io.ByteArrayInputStream(archive.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names).hasSize(3).contains("quiz.json");

        var other = accounts.newUser();
        var imported = other.upload("/api/v1/quiz-imports", "quiz.zip", "application/zip", archive.body(), Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode quiz = imported.json();
        String newCover = quiz.get("coverImage").asString();
        String newSlide = quiz.at("/questions/0/image").asString();
        assertThat(newCover).isNotEqualTo(coverId);
        assertThat(newSlide).isNotEqualTo(slideId).isNotEqualTo(newCover);
        assertThat(quiz.at("/questions/1/answers/0/image").asString()).isEqualTo(newSlide);
        assertThat(quiz.at("/questions/1/answers/1/image").asString()).isEqualTo(newCover);
        assertThat(other.getBytes("/api/v1/storage/" + newCover + "/download", Map.of())
                        .body())
                .isEqualTo(cover);
        assertThat(other.getBytes("/api/v1/storage/" + newSlide + "/download", Map.of())
                        .body())
                .isEqualTo(slide);
        JsonNode files = other.get("/api/v1/storage").json();
        assertThat(files.get("totalItems").asInt()).as("one file per picture").isEqualTo(2);
        assertThat(files.get("used").asLong()).isEqualTo(cover.length + slide.length);

        var again = other.upload("/api/v1/quiz-imports", "quiz.zip", "application/zip", archive.body(), Map.of());
        assertThat(again.json().get("coverImage").asString())
                .as("deduplicated by content")
                .isEqualTo(newCover);
        assertThat(other.get("/api/v1/storage").json().get("totalItems").asInt())
                .isEqualTo(2);

        var json = author.get("/api/v1/quizzes/" + quizId + "/export");
        var oldFormat = author.upload(
                "/api/v1/quiz-imports",
                "quiz.json",
                "application/json",
                json.body().getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(oldFormat.status()).as("the JSON-only export still imports").isEqualTo(201);
        assertThat(oldFormat.json().get("coverImage").asString()).isEqualTo(coverId);
    }

    @Test
    void anArchiveWhoseQuizIsInvalidStoresNoPicture() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("quiz.json"));
            zip.write("""
                    {"format": "quizhall-quiz", "version": 1, "quiz": {"title": " ", "coverImage": "pictures/a.png",
                     "questions": [{"type": "SLIDE", "question": "Look", "time": 10, "hideResults": true}]}}
                    """.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("pictures/a.png"));
            zip.write(TestFiles.png(4, 4));
            zip.closeEntry();
        }
        var teacher = accounts.newUser();

        var refused =
                teacher.upload("/api/v1/quiz-imports", "quiz.zip", "application/zip", out.toByteArray(), Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("quiz.title");
        assertThat(teacher.get("/api/v1/storage").json().get("totalItems").asInt())
                .isZero();
    }

    private static String uploadPicture(Session session, byte[] png) {
        var response = session.upload("/api/v1/storage", "picture.png", "image/png", png, Map.of());
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString() + ": "
                        + error.get("message").asString())
                .toList();
    }
}
