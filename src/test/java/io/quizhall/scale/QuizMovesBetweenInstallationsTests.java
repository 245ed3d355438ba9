package io.quizhall.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.storage.TestFiles;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A quiz exported with its pictures on one installation and imported on another that shares nothing with it: the
 * second is a separate JVM on its own data directory, embedded PostgreSQL, Redis and file storage, so the pictures
 * can only arrive through the archive (no storage row or file of the first installation is there to be found).
 */
@IntegrationTest
class QuizMovesBetweenInstallationsTests {

    @Autowired
    Accounts accounts;

    @TempDir
    Path otherInstallation;

    @Test
    void anArchiveCarriesTheQuizAndItsPicturesToAnotherInstallation() {
        var author = accounts.newUser();
        byte[] cover = TestFiles.png(14, 10);
        byte[] questionPicture = TestFiles.png(6, 6);
        String coverId = upload(author, cover);
        String questionPictureId = upload(author, questionPicture);
        var created = author.post("/api/v1/quizzes", """
                {"title": "Moving house", "coverImage": "%s",
                 "questions": [{"type": "ABCD", "question": "Which one?", "time": 20, "hideResults": false,
                   "image": "%s", "answers": [{"answer": "This", "right": true}, {"answer": "That", "right": false}]}]}
                """.formatted(coverId, questionPictureId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var archive = author.getBytes(
                "/api/v1/quizzes/" + created.json().get("id").asString() + "/export?format=zip", Map.of());
        assertThat(archive.status()).isEqualTo(200);

        try (var other = NodeProcess.start(
                "other-installation",
                otherInstallation.resolve("tmp"),
                List.of("--quizhall.data-dir=" + otherInstallation.resolve("data")))) {
            var teacher = new Session(other.url());
            teacher.post("/api/v1/auth/register", """
                    {"email": "mover@example.org", "username": "mover", "password": "correct horse battery staple"}""");
            assertThat(teacher.post("/api/v1/auth/login", """
                            {"login": "mover", "password": "correct horse battery staple"}""").status()).isEqualTo(200);

            var imported =
                    teacher.upload("/api/v1/quiz-imports", "quiz.zip", "application/zip", archive.body(), Map.of());

            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            JsonNode quiz = imported.json();
            assertThat(quiz.get("title").asString()).isEqualTo("Moving house");
            assertThat(quiz.at("/questions/0/answers/0/right").asBoolean()).isTrue();
            String newCover = quiz.get("coverImage").asString();
            String newAnswerPicture = quiz.at("/questions/0/image").asString();
            assertThat(teacher.getBytes("/api/v1/storage/" + newCover + "/download", Map.of())
                            .body())
                    .isEqualTo(cover);
            assertThat(teacher.getBytes("/api/v1/storage/" + newAnswerPicture + "/download", Map.of())
                            .body())
                    .isEqualTo(questionPicture);
            JsonNode files = teacher.get("/api/v1/storage").json();
            assertThat(files.get("totalItems").asInt())
                    .as("the pictures, in the importer's quota")
                    .isEqualTo(2);
            assertThat(files.get("used").asLong()).isEqualTo(cover.length + questionPicture.length);
        }
    }

    private static String upload(Session session, byte[] png) {
        var response = session.upload("/api/v1/storage", "picture.png", "image/png", png, Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
