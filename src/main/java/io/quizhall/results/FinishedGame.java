package io.quizhall.results;

import io.quizhall.quiz.Question;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finished live game, handed over by the game feature to be kept. {@code gameId} becomes the result's id, which
 * is what makes recording it idempotent.
 */
public record FinishedGame(
        UUID gameId,
        UUID quizId,
        UUID hostId,
        Instant finishedAt,
        String title,
        String description,
        List<Question> questions,
        List<AnswerData> answers,
        Map<String, Integer> playerScores,
        @Nullable Map<String, String> customFieldData) {}
