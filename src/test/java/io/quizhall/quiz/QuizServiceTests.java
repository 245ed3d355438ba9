package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.NotFoundException;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The facade as the live game will call it. */
@IntegrationTest
class QuizServiceTests {

    @Autowired
    QuizService service;

    @Autowired
    QuizRepository quizzes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHostSnapshotsTheirOwnQuizOrAPublicOneButNotSomeoneElsesPrivateOne() {
        CurrentUser alice = user();
        CurrentUser bob = user();
        Quiz quiz =
                quizzes.save(new Quiz(alice.id(), "Snapshot", "For a game", Quizzes.oneOfEachKind(), Instant.now()));

        QuizSnapshot snapshot = service.snapshotForGame(quiz.id(), alice);
        assertThat(snapshot.quizId()).isEqualTo(quiz.id());
        assertThat(snapshot.title()).isEqualTo("Snapshot");
        assertThat(snapshot.questions()).isEqualTo(Quizzes.oneOfEachKind());
        assertThatThrownBy(() -> service.snapshotForGame(quiz.id(), bob)).isInstanceOf(NotFoundException.class);

        service.publish(quiz.id(), alice);

        assertThat(service.snapshotForGame(quiz.id(), bob).questions()).hasSize(7);
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheQuizIsEditedLater() {
        CurrentUser alice = user();
        Quiz quiz = quizzes.save(new Quiz(alice.id(), "Before", null, Quizzes.oneOfEachKind(), Instant.now()));
        QuizSnapshot snapshot = service.snapshotForGame(quiz.id(), alice);

        Quiz stored = quizzes.findById(quiz.id()).orElseThrow();
        stored.replace(
                new QuizContent("After", null, Quizzes.oneOfEachKind().subList(0, 1), null, null, null), Instant.now());
        quizzes.save(stored);

        assertThat(snapshot.title()).isEqualTo("Before");
        assertThat(snapshot.questions()).hasSize(7);
        assertThat(service.snapshotForGame(quiz.id(), alice).title()).isEqualTo("After");
    }

    private CurrentUser user() {
        UUID id = Rows.user(jdbc);
        return new CurrentUser(id, "user-" + id, Set.of(CurrentUser.Role.USER));
    }
}
