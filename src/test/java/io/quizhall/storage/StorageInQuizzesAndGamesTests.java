package io.quizhall.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.config.EmbeddedRedisServer;
import io.quizhall.game.core.GameEnding;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import io.quizhall.support.Session;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Quizzes show uploaded pictures: who may use them, who may see them, and players of a live game. */
@IntegrationTest
class StorageInQuizzesAndGamesTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GameEnding games;

    @Autowired
    EmbeddedRedisServer redis;

    private static UUID upload(Session session) {
        var response = StorageContractTests.upload(session, "picture.png", "image/png", TestFiles.png(6, 6));
        assertThat(response.status()).isEqualTo(201);
        return StorageContractTests.id(response);
    }

    private static String quiz(UUID cover, UUID questionImage) {
        return """
                {"title": "Pictures", "coverImage": "%s",
                 "questions": [{"type": "SLIDE", "question": "Look", "time": 10, "hideResults": true, "image": "%s"}]}
                """.formatted(cover, questionImage);
    }

    /** A private quiz of {@code owner} with a cover and one question showing the picture; its id. */
    private static UUID createQuiz(Session owner, UUID cover, UUID questionImage) {
        return UUID.fromString(owner.post("/api/v1/quizzes", quiz(cover, questionImage))
                .json()
                .get("id")
                .asString());
    }

    private long links(UUID quiz) {
        return Rows.count(jdbc, "storage_items_quiz", "quiz_id = ?", quiz);
    }

    private static int download(Session session, UUID item) {
        return session.getBytes("/api/v1/storage/" + item + "/download", Map.of())
                .status();
    }

    @Test
    void aQuizMayShowOnlyMyOwnLiveFilesAndItsLinksFollowEverySave() {
        var teacher = accounts.newUser();
        UUID cover = upload(teacher);
        UUID picture = upload(teacher);
        UUID someoneElses = upload(accounts.newUser());
        UUID deleted = upload(teacher);
        teacher.delete("/api/v1/storage/" + deleted);

        var created = teacher.post("/api/v1/quizzes", quiz(cover, picture));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID quizId = UUID.fromString(created.json().get("id").asString());
        assertThat(links(quizId)).isEqualTo(2);

        var foreign = teacher.post("/api/v1/quizzes", quiz(cover, someoneElses));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().at("/errors/0/field").asString()).isEqualTo("questions[0].image");
        var gone = teacher.post("/api/v1/quizzes", quiz(deleted, picture));
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.json().at("/errors/0/field").asString()).isEqualTo("coverImage");

        var updated = teacher.put(
                "/api/v1/quizzes/" + quizId,
                quiz(picture, picture),
                Map.of("If-Match", created.headers().getETag()));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(links(quizId)).isEqualTo(1);
        assertThat(Rows.count(jdbc, "storage_items_quiz", "quiz_id = ? AND storage_item_id = ?", quizId, picture))
                .isEqualTo(1);

        assertThat(teacher.delete("/api/v1/quizzes/" + quizId).status()).isEqualTo(204);
        assertThat(links(quizId)).isZero();
    }

    @Test
    void picturesOfAPublicQuizAreVisibleToEveryoneWhoCanSeeTheQuiz() {
        var teacher = accounts.newUser();
        UUID cover = upload(teacher);
        UUID picture = upload(teacher);
        UUID quizId = createQuiz(teacher, cover, picture);
        var anonymous = accounts.anonymous();
        assertThat(download(anonymous, picture)).as("private quiz").isEqualTo(404);

        teacher.post("/api/v1/quizzes/" + quizId + "/publish", "{}");
        assertThat(download(anonymous, picture)).isEqualTo(200);
        assertThat(download(anonymous, cover)).isEqualTo(200);
        var details = anonymous.get("/api/v1/storage/" + picture);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.json().has("filename"))
                .as("the name stays the owner's")
                .isFalse();

        // A copy keeps showing the pictures to its new owner after the original goes private again.
        var student = accounts.newUser();
        var copy = student.post("/api/v1/quizzes/" + quizId + "/copy", "{}");
        assertThat(copy.status()).isEqualTo(201);
        teacher.post("/api/v1/quizzes/" + quizId + "/unpublish", "{}");
        assertThat(download(anonymous, picture)).isEqualTo(404);
        assertThat(download(accounts.newUser(), picture)).isEqualTo(404);
        assertThat(download(student, picture)).isEqualTo(200);
    }

    @Test
    void playersDownloadThePicturesOfAPrivateQuizOnlyWhileItsGameRuns() {
        var teacher = accounts.newUser();
        UUID cover = upload(teacher);
        UUID picture = upload(teacher);
        UUID unused = upload(teacher);
        UUID quizId = createQuiz(teacher, cover, picture);
        var player = accounts.anonymous();
        assertThat(download(player, picture)).isEqualTo(404);

        var game = teacher.post("/api/v1/games", "{\"quizId\": \"%s\"}".formatted(quizId));
        assertThat(game.status()).as(game.body()).isEqualTo(201);
        UUID gameId = UUID.fromString(game.json().get("gameId").asString());
        assertThat(download(player, picture)).isEqualTo(200);
        assertThat(download(player, cover)).isEqualTo(200);
        assertThat(download(player, unused)).as("not in the game").isEqualTo(404);

        games.finish(gameId);
        assertThat(download(player, picture)).isEqualTo(404);
        assertThat(download(teacher, picture)).isEqualTo(200);
    }

    @Test
    void whileRedisIsDownPublicPicturesAreServedWithoutWaitingForItEachTime() throws Exception {
        var teacher = accounts.newUser();
        UUID cover = upload(teacher);
        UUID picture = upload(teacher);
        UUID quizId = createQuiz(teacher, cover, picture);
        teacher.post("/api/v1/quizzes/" + quizId + "/publish", "{}");
        UUID gamePicture = upload(teacher);
        UUID privateQuiz = createQuiz(teacher, gamePicture, gamePicture);
        var game = teacher.post("/api/v1/games", "{\"quizId\": \"%s\"}".formatted(privateQuiz));
        assertThat(game.status()).as(game.body()).isEqualTo(201);
        var anonymous = accounts.anonymous();

        redis.stop();
        try {
            // Running games are asked first (Redis); the first download waits for Redis's timeout, then the quiz.
            assertThat(download(anonymous, picture)).isEqualTo(200);
            long start = System.nanoTime();
            assertThat(download(anonymous, cover)).isEqualTo(200);
            assertThat(download(anonymous, picture)).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("Redis is not asked again right after it failed")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(download(anonymous, gamePicture))
                    .as("no game is known to run")
                    .isEqualTo(404);
        } finally {
            redis.start();
        }
        // Asked again once GameShares.AFTER_FAILURE has passed.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(download(anonymous, gamePicture)).isEqualTo(200));
        games.finish(UUID.fromString(game.json().get("gameId").asString()));
    }
}
