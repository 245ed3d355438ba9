package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Editors racing to save the same version of a quiz, with real concurrent HTTP requests: exactly one wins, every
 * other gets a conflict, and the stored quiz is the winner's, whole.
 */
@IntegrationTest
class QuizConcurrencyTests {

    private static final int EDITORS = 8;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentUpdatesOfOneVersionWithIfMatchLetExactlyOneWin() throws Exception {
        var alice = accounts.newUser();
        String id = create(alice);

        List<Api.Response> responses = race(
                EDITORS,
                editor -> alice.put("/api/v1/quizzes/" + id, edit(alice, editor), Map.of("If-Match", "\"0\"")));

        assertOneWinner(alice, id, responses, 412);
    }

    @Test
    void concurrentUpdatesOfOneVersionWithABodyVersionLetExactlyOneWin() throws Exception {
        var alice = accounts.newUser();
        String id = create(alice);

        List<Api.Response> responses = race(EDITORS, editor -> {
            var body = QuizFixtures.JSON.readTree(edit(alice, editor));
            ((tools.jackson.databind.node.ObjectNode) body).put("version", 0);
            return alice.put("/api/v1/quizzes/" + id, body.toString());
        });

        assertOneWinner(alice, id, responses, 409);
    }

    private static void assertOneWinner(Accounts.SignedIn alice, String id, List<Api.Response> responses, int loss) {
        List<Api.Response> winners =
                responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).as("exactly one editor wins").hasSize(1);
        assertThat(responses)
                .filteredOn(r -> r.status() != 200)
                .hasSize(EDITORS - 1)
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(loss));
        var stored = alice.get("/api/v1/quizzes/" + id).json();
        var winner = winners.get(0).json();
        assertThat(stored.get("version").asLong()).isEqualTo(1);
        assertThat(stored.get("title")).isEqualTo(winner.get("title"));
        assertThat(stored.get("questions")).as("no mix of two edits").isEqualTo(winner.get("questions"));
    }

    interface Edit {
        Api.Response send(int editor);
    }

    /** Starts all edits at once and collects their responses. */
    private static List<Api.Response> race(int editors, Edit edit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            var start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int editor = 0; editor < editors; editor++) {
                int me = editor;
                futures.add(pool.submit(() -> {
                    start.await();
                    return edit.send(me);
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String edit(Accounts.SignedIn user, int editor) {
        List<Question> questions = new ArrayList<>(
                Quizzes.oneOfEachKind(QuizFixtures.image(jdbc, user.user().id())));
        questions.set(6, new Question.Slide("Editor " + editor + " was here", 10, null, false));
        return QuizFixtures.quiz("Edited by " + editor, questions, null).toString();
    }

    private String create(Accounts.SignedIn user) {
        var created = user.post(
                "/api/v1/quizzes",
                QuizFixtures.quiz(
                                "Original",
                                Quizzes.oneOfEachKind(
                                        QuizFixtures.image(jdbc, user.user().id())),
                                null)
                        .toString());
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
