package io.quizhall.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.quiz.Quizzes;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class GameResultRepositoryTests {

    @Autowired
    GameResultRepository results;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGameResultRoundTripsWithItsJsonColumns() {
        UUID host = Rows.user(jdbc);
        UUID quiz = Rows.quiz(jdbc, host);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var answers = List.of(
                new AnswerData(0, "Ada", "0", true, 1830, 954),
                new AnswerData(0, "Linus", "2", false, 4100, 0),
                new AnswerData(2, "Ada", "1989", true, 9000, 820));
        var result = new GameResult(
                UUID.randomUUID(),
                quiz,
                host,
                now,
                "Everything",
                "All kinds",
                Quizzes.oneOfEachKind(),
                answers,
                Map.of("Ada", 1774, "Linus", 0),
                Map.of("Ada", "S-101", "Linus", "S-102"));
        result.annotate("Class 7b");
        results.saveAndFlush(result);

        GameResult read = results.findById(result.id()).orElseThrow();

        assertThat(read.answers()).isEqualTo(answers);
        assertThat(read.playerScores()).isEqualTo(Map.of("Ada", 1774, "Linus", 0));
        assertThat(read.customFieldData()).isEqualTo(Map.of("Ada", "S-101", "Linus", "S-102"));
        assertThat(read.questions()).isEqualTo(Quizzes.oneOfEachKind());
        assertThat(read.playerCount()).isEqualTo(2);
        assertThat(read.note()).isEqualTo("Class 7b");
        assertThat(read.timestamp()).isEqualTo(now);
        assertThat(results.findByUserIdOrderByTimestampDesc(host)).hasSize(1);
    }
}
