package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Nobody reaches another user's quiz by guessing its id: it answers exactly like a quiz that does not exist. */
@IntegrationTest
class QuizOwnershipTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherUsersPrivateQuizIsNotFoundForEveryOperation() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        var created = create(alice, "Alice's secret");
        String id = created.json().get("id").asString();
        String path = "/api/v1/quizzes/" + id;
        String body = QuizFixtures.quiz("Bob was here", Quizzes.oneOfEachKind(image(bob)), null)
                .toString();

        var read = bob.get(path);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("code").asString()).isEqualTo("not-found");
        assertThat(read.body()).doesNotContain("Alice's secret");
        assertThat(bob.put(path, body, Map.of("If-Match", "\"0\"")).status()).isEqualTo(404);
        assertThat(bob.put(path, body, Map.of("If-Match", "*")).status()).isEqualTo(404);
        assertThat(bob.delete(path).status()).isEqualTo(404);
        assertThat(bob.get(path + "/export").status()).isEqualTo(404);
        assertThat(bob.post(path + "/publish", "").status()).isEqualTo(404);
        assertThat(bob.post(path + "/unpublish", "").status()).isEqualTo(404);
        assertThat(bob.post(path + "/copy", "").status()).isEqualTo(404);
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(api.get(path + "/export").status()).isEqualTo(404);
        assertThat(read.body())
                .as("indistinguishable from a quiz that never existed")
                .isEqualTo(bob.get(path).body());

        var untouched = alice.get(path);
        assertThat(untouched.json().get("title").asString()).isEqualTo("Alice's secret");
        assertThat(untouched.json().get("version").asLong()).isZero();
        assertThat(untouched.json().get("public").asBoolean()).isFalse();
        assertThat(bob.get("/api/v1/quizzes").json().get("totalItems").asLong()).isZero();
    }

    @Test
    void aPublicQuizIsReadableButStillOnlyItsOwnerMayChangeIt() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        String id = create(alice, "Alice's public quiz").json().get("id").asString();
        String path = "/api/v1/quizzes/" + id;
        alice.post(path + "/publish", "");
        String body = QuizFixtures.quiz("Bob was here", Quizzes.oneOfEachKind(image(bob)), null)
                .toString();

        assertThat(bob.get(path).status()).isEqualTo(200);
        assertThat(bob.put(path, body, Map.of("If-Match", "\"1\"")).status()).isEqualTo(404);
        assertThat(bob.delete(path).status()).isEqualTo(404);
        assertThat(bob.post(path + "/unpublish", "").status()).isEqualTo(404);
        assertThat(alice.get(path).json().get("title").asString()).isEqualTo("Alice's public quiz");
        assertThat(alice.get(path).json().get("public").asBoolean()).isTrue();
    }

    @Test
    void everyChangeNeedsALogin() {
        var alice = accounts.newUser();
        String path =
                "/api/v1/quizzes/" + create(alice, "Mine").json().get("id").asString();
        var anonymous = accounts.anonymous();

        assertThat(anonymous.post("/api/v1/quizzes", "{}").status()).isEqualTo(401);
        assertThat(anonymous.put(path, "{}").status()).isEqualTo(401);
        assertThat(anonymous.delete(path).status()).isEqualTo(401);
        assertThat(anonymous.post(path + "/publish", "").status()).isEqualTo(401);
        assertThat(anonymous.post(path + "/copy", "").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/quizzes/import", "{}").status()).isEqualTo(401);
        assertThat(alice.get(path).status()).isEqualTo(200);
    }

    private Api.Response create(Accounts.SignedIn user, String title) {
        var created = user.post(
                "/api/v1/quizzes",
                QuizFixtures.quiz(title, Quizzes.oneOfEachKind(image(user)), null)
                        .toString());
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    private String image(Accounts.SignedIn user) {
        return QuizFixtures.image(jdbc, user.user().id());
    }
}
