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
        UUID ada = UUID.randomUUID();
        UUID linus = UUID.randomUUID();
        var answers = List.of(
                new AnswerData(0, ada, "Ada", "Jupiter", List.of(0), null, null, true, 1830, 954),
                new AnswerData(0, linus, "Linus", "Venus", List.of(2), null, null, false, 4100, 0),
                new AnswerData(2, ada, "Ada", "1989", List.of(), "1989", null, true, 9000, 820));
        var players =
                List.of(new PlayerData(ada, "Ada", "S-101", 1774, 1), new PlayerData(linus, "Linus", "S-102", 0, 2));
        var result = new GameResult(
                UUID.randomUUID(),
                quiz,
                host,
                "classic",
                now,
                "Everything",
                "All kinds",
                Quizzes.oneOfEachKind(),
                players,
                answers,
                "Student number",
                Map.of("Ada", "S-101", "Linus", "S-102"),
                List.of(new TeamData(0, "Red", 887, 1, List.of(ada, linus))));
        result.annotate("Class 7b");
        results.saveAndFlush(result);

        GameResult read = results.findById(result.id()).orElseThrow();

        assertThat(read.answers()).isEqualTo(answers);
        assertThat(read.players()).isEqualTo(players);
        assertThat(read.mode()).isEqualTo("classic");
        assertThat(read.playerScores()).isEqualTo(Map.of("Ada", 1774, "Linus", 0));
        assertThat(read.customFieldData()).isEqualTo(Map.of("Ada", "S-101", "Linus", "S-102"));
        assertThat(read.questions()).isEqualTo(Quizzes.oneOfEachKind());
        assertThat(read.playerCount()).isEqualTo(2);
        assertThat(read.note()).isEqualTo("Class 7b");
        assertThat(read.customField()).isEqualTo("Student number");
        assertThat(read.teams()).containsExactly(new TeamData(0, "Red", 887, 1, List.of(ada, linus)));
        assertThat(read.timestamp()).isEqualTo(now);
        assertThat(results.search(
                                host,
                                ResultFilter.EARLIEST,
                                ResultFilter.LATEST,
                                "%",
                                true,
                                host,
                                org.springframework.data.domain.PageRequest.of(0, 10))
                        .getContent())
                .containsExactly(ResultSummary.of(read));
    }
}
