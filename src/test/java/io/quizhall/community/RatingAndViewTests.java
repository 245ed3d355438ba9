package io.quizhall.community;

import static io.quizhall.community.CommunityFixtures.abcd;
import static io.quizhall.community.CommunityFixtures.publicQuiz;
import static io.quizhall.community.CommunityFixtures.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ratings (one per user and quiz, counters equal to the rows) and views (once per viewer and day). */
@IntegrationTest
class RatingAndViewTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aRatingCanBeGivenChangedAndTakenBack() {
        var author = accounts.newUser();
        var reader = accounts.newUser();
        UUID quiz = publicQuiz(author, "Rated", "A quiz to like", abcd("Q?"));
        String path = "/api/v1/community/quizzes/" + quiz + "/rating";

        var liked = reader.put(path, "{\"positive\": true}");
        assertThat(liked.status()).isEqualTo(200);
        assertThat(liked.json().get("likes").asInt()).isEqualTo(1);
        assertThat(liked.json().get("myRating").asBoolean()).isTrue();

        var again = reader.put(path, "{\"positive\": true}");
        assertThat(again.json().get("likes").asInt()).isEqualTo(1);

        var disliked = reader.put(path, "{\"positive\": false}");
        assertThat(disliked.json().get("likes").asInt()).isZero();
        assertThat(disliked.json().get("dislikes").asInt()).isEqualTo(1);
        assertThat(reader.get("/api/v1/community/quizzes/" + quiz)
                        .json()
                        .get("myRating")
                        .asBoolean())
                .isFalse();

        var removed = reader.delete(path);
        assertThat(removed.json().get("dislikes").asInt()).isZero();
        assertThat(removed.json().path("myRating").isValueNode()).isFalse();
        assertThat(reader.delete(path).status()).isEqualTo(200);
        assertThat(counts(quiz)).containsExactly(0, 0);
    }

    @Test
    void ratingNeedsAnAccountAPublicQuizAndSomeoneElses() {
        var author = accounts.newUser();
        var reader = accounts.newUser();
        UUID open = publicQuiz(author, "Open", "Public", abcd("Q?"));
        UUID secret = quiz(author, "Secret", "Private", false, abcd("Q?"));

        assertThat(accounts.anonymous()
                        .put("/api/v1/community/quizzes/" + open + "/rating", "{\"positive\": true}")
                        .status())
                .isIn(401, 403);
        assertThat(reader.put("/api/v1/community/quizzes/" + secret + "/rating", "{\"positive\": true}")
                        .status())
                .isEqualTo(404);
        assertThat(author.put("/api/v1/community/quizzes/" + open + "/rating", "{\"positive\": true}")
                        .status())
                .isEqualTo(409);
        var missing = reader.put("/api/v1/community/quizzes/" + open + "/rating", "{}");
        assertThat(missing.status()).isEqualTo(400);
    }

    /**
     * Many users vote at once, each liking, switching to a dislike and some taking it back, every step racing the
     * others: at the end the counters equal the rows.
     */
    @Test
    void countersEqualTheRowsUnderConcurrentVotes() throws Exception {
        var author = accounts.newUser();
        UUID quiz = publicQuiz(author, "Contested", "Everyone votes", abcd("Q?"));
        String path = "/api/v1/community/quizzes/" + quiz + "/rating";
        int voters = 16;
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            sessions.add(accounts.newUser());
        }
        ExecutorService pool = Executors.newFixedThreadPool(voters);
        ExecutorService racing = Executors.newFixedThreadPool(voters);
        try {
            var start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                Session voter = sessions.get(i);
                int index = i;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 4; round++) {
                        // The same user's own votes also race each other: two at once.
                        var first = racing.submit(() -> voter.put(path, "{\"positive\": true}"));
                        voter.put(path, "{\"positive\": false}");
                        first.get();
                    }
                    if (index % 3 == 0) {
                        voter.delete(path);
                    } else if (index % 3 == 1) {
                        voter.put(path, "{\"positive\": true}");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
            racing.shutdownNow();
        }

        Integer rows = jdbc.queryForObject("SELECT count(*) FROM rating WHERE quiz_id = ?", Integer.class, quiz);
        Integer likeRows =
                jdbc.queryForObject("SELECT count(*) FROM rating WHERE quiz_id = ? AND positive", Integer.class, quiz);
        List<Integer> counts = counts(quiz);
        assertThat(rows).isEqualTo(voters - (voters + 2) / 3);
        assertThat(counts.get(0)).isEqualTo(likeRows);
        assertThat(counts.get(0) + counts.get(1)).isEqualTo(rows);
        // Users 1, 4, 7, ... liked last; the others that kept a rating ended on whichever of their racing votes won.
        assertThat(likeRows).isGreaterThanOrEqualTo(voters / 3);
    }

    @Test
    void aViewCountsOncePerViewerAndDayAndNeverForTheOwner() {
        var author = accounts.newUser();
        var reader = accounts.newUser();
        UUID quiz = publicQuiz(author, "Viewed", "Read me", abcd("Q?"));
        String path = "/api/v1/community/quizzes/" + quiz;

        author.get(path);
        reader.get(path);
        reader.get(path);
        var browser = accounts.anonymous();
        browser.send("GET", path, null, Map.of("User-Agent", "Browser A"));
        browser.send("GET", path, null, Map.of("User-Agent", "Browser A"));
        accounts.anonymous().send("GET", path, null, Map.of("User-Agent", "Browser B"));

        Integer views = jdbc.queryForObject("SELECT views FROM quiz WHERE id = ?", Integer.class, quiz);
        assertThat(views).isEqualTo(3);
        var keys = redis.keys("qh:quiz:{" + quiz + "}:viewed:*");
        assertThat(keys).hasSize(3);
        assertThat(String.join(" ", keys))
                .doesNotContain("127.0.0.1")
                .doesNotContain(reader.user().id().toString());
    }

    @Test
    void thePublicPageShowsNoSolutionsUnlessTheAuthorAllowsIt() {
        var author = accounts.newUser();
        UUID quiz = publicQuiz(
                author,
                "Solutions",
                "Kept back",
                abcd("Largest planet?"),
                CommunityFixtures.text("Gold?"),
                CommunityFixtures.order("Sort?"),
                CommunityFixtures.range("Year?"));
        var reader = accounts.anonymous();
        String path = "/api/v1/community/quizzes/" + quiz;

        Api.Response hidden = reader.get(path);
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().get("solutionsShown").asBoolean()).isFalse();
        var questions = hidden.json().get("questions");
        assertThat(questions.get(0).get("options").get(0).has("right")).isFalse();
        assertThat(questions.get(1).has("accepted")).isFalse();
        assertThat(questions.get(2).get("options").get(0).get("answer").asString())
                .isEqualTo("Ant");
        assertThat(questions.get(3).has("minCorrect")).isFalse();
        assertThat(hidden.body())
                .doesNotContain("\"Au\"")
                .doesNotContain("1989")
                .doesNotContain("\"right\":true");

        assertThat(author.post("/api/v1/quizzes/" + quiz + "/solutions/show", "")
                        .status())
                .isEqualTo(200);
        Api.Response shown = reader.get(path);
        assertThat(shown.json().get("solutionsShown").asBoolean()).isTrue();
        assertThat(shown.json()
                        .get("questions")
                        .get(0)
                        .get("options")
                        .get(0)
                        .get("right")
                        .asBoolean())
                .isTrue();
        assertThat(shown.json().get("questions").get(1).get("accepted").get(0).asString())
                .isEqualTo("Au");
        assertThat(shown.json()
                        .get("questions")
                        .get(2)
                        .get("options")
                        .get(0)
                        .get("answer")
                        .asString())
                .isEqualTo("Zebra");
        assertThat(shown.json().get("author").get("username").asString())
                .isEqualTo(author.user().username());
    }

    @Test
    void aPublicProfileShowsNameJoinDateAndPublicQuizzesOnly() {
        var author = accounts.newUser();
        UUID open = publicQuiz(author, "On my profile", "Public", abcd("Q?"));
        quiz(author, "Not on my profile", "Private", false, abcd("Q?"));

        var profile = accounts.anonymous()
                .get("/api/v1/community/users/" + author.user().username());

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("username").asString())
                .isEqualTo(author.user().username());
        assertThat(profile.json().has("joinedAt")).isTrue();
        assertThat(profile.body()).doesNotContain(author.user().email()).doesNotContain("Not on my profile");
        assertThat(CommunitySearchTests.ids(profile.json().get("quizzes"))).containsExactly(open);
        assertThat(accounts.anonymous()
                        .get("/api/v1/community/users/nobody-" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    private List<Integer> counts(UUID quiz) {
        return jdbc.queryForObject(
                "SELECT likes, dislikes FROM quiz WHERE id = ?",
                (rs, row) -> List.of(rs.getInt("likes"), rs.getInt("dislikes")),
                quiz);
    }
}
