package io.quizhall.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RatingRepositoryTests {

    @Autowired
    RatingRepository ratings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRatingRoundTripsAndThereIsOnePerUserAndQuiz() {
        UUID author = Rows.user(jdbc);
        UUID rater = Rows.user(jdbc);
        UUID quiz = Rows.quiz(jdbc, author);
        Rating rating = ratings.saveAndFlush(new Rating(rater, quiz, true, Instant.now()));

        Rating read = ratings.findByUserIdAndQuizId(rater, quiz).orElseThrow();

        assertThat(read.id()).isEqualTo(rating.id());
        assertThat(read.positive()).isTrue();
        assertThatThrownBy(() -> ratings.saveAndFlush(new Rating(rater, quiz, false, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
