package io.quizhall.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers in Redis who has viewed a public quiz today, so a view counts once per viewer and UTC day, however
 * often the page reloads. One key per quiz, viewer and day; each expires after a day.
 */
@Component
class QuizViews {

    private static final Logger log = LoggerFactory.getLogger(QuizViews.class);
    static final Duration REMEMBER = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final Clock clock;

    QuizViews(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** True exactly once per quiz, viewer and day. False while Redis is unreachable: better to miss a view. */
    boolean firstToday(UUID quizId, Viewer viewer) {
        try {
            return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key(quizId, viewer), "1", REMEMBER));
        } catch (DataAccessException e) {
            log.warn("Not counting a view of quiz {}: Redis is unavailable", quizId);
            return false;
        }
    }

    String key(UUID quizId, Viewer viewer) {
        return "qh:quiz:{" + quizId + "}:viewed:" + viewer.key() + ":"
                + LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
