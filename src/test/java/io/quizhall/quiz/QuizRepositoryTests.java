package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class QuizRepositoryTests {

    @Autowired
    QuizRepository quizzes;

    @Autowired
    JdbcTemplate jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void questionsOfAllSevenKindsRoundTripThroughTheJsonbColumn() {
        UUID owner = Rows.user(jdbc);
        List<Question> questions = Quizzes.oneOfEachKind();
        Quiz quiz = quizzes.save(new Quiz(owner, "Everything", "All kinds", questions, now));

        Quiz read = quizzes.findById(quiz.id()).orElseThrow();

        assertThat(read.questions()).isEqualTo(questions);
        assertThat(read.questions())
                .extracting(question -> question.getClass().getSimpleName())
                .containsExactly("Abcd", "Check", "Range", "Voting", "Order", "Text", "Slide");
        assertThat(read.title()).isEqualTo("Everything");
        assertThat(read.userId()).isEqualTo(owner);
        assertThat(read.createdAt()).isEqualTo(now);
        assertThat(read.isPublic()).isFalse();
    }

    @Test
    void storesQuestionsAsAJsonArrayWithATypeDiscriminator() {
        UUID owner = Rows.user(jdbc);
        Quiz quiz = quizzes.save(new Quiz(owner, "Stored", null, Quizzes.oneOfEachKind(), now));

        String json = jdbc.queryForObject("SELECT questions::text FROM quiz WHERE id = ?", String.class, quiz.id());
        var array = JsonMapper.builder().build().readTree(json);

        assertThat(array.isArray()).isTrue();
        assertThat(array.get(0).get("type").asString()).isEqualTo("ABCD");
        assertThat(array.get(0).get("hideResults").asBoolean()).isFalse();
        assertThat(array.get(2).at("/answers/minCorrect").asInt()).isEqualTo(1989);
        assertThat(array.get(5).at("/answers/0/caseSensitive").asBoolean()).isTrue();
        assertThat(array.get(6).has("answers")).isFalse();
    }

    @Test
    void eachRowGetsItsOwnId() {
        UUID owner = Rows.user(jdbc);
        Rows.quiz(jdbc, owner);
        Rows.quiz(jdbc, owner);

        assertThat(quizzes.findByUserId(owner, PageRequest.of(0, 10))
                        .map(Quiz::id)
                        .toSet())
                .hasSize(2);
    }

    @Test
    void aStaleVersionCannotOverwriteANewerOne() {
        UUID owner = Rows.user(jdbc);
        Quiz saved = quizzes.save(new Quiz(owner, "Original", null, Quizzes.oneOfEachKind(), now));
        Quiz firstTab = quizzes.findById(saved.id()).orElseThrow();
        Quiz secondTab = quizzes.findById(saved.id()).orElseThrow();

        firstTab.replace(new QuizContent("First tab", null, Quizzes.oneOfEachKind(), null, null, null), now);
        quizzes.saveAndFlush(firstTab);
        secondTab.replace(new QuizContent("Second tab", null, Quizzes.oneOfEachKind(), null, null, null), now);

        assertThatThrownBy(() -> quizzes.saveAndFlush(secondTab))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(quizzes.findById(saved.id()).orElseThrow().title()).isEqualTo("First tab");
    }
}
