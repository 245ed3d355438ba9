package io.quizhall.results;

import io.quizhall.quiz.Question;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Everything recorded about one finished game: the quiz as played, every answer, every score. */
public record ResultDetails(
        UUID id,
        @Nullable UUID quizId,
        String title,
        String description,
        Instant timestamp,
        int playerCount,
        @Nullable String note,
        List<Question> questions,
        List<AnswerData> answers,
        Map<String, Integer> playerScores,
        @Nullable Map<String, String> customFieldData) {

    static ResultDetails of(GameResult result) {
        return new ResultDetails(
                result.id(),
                result.quizId(),
                result.title(),
                result.description(),
                result.timestamp(),
                result.playerCount(),
                result.note(),
                result.questions(),
                result.answers(),
                result.playerScores(),
                result.customFieldData());
    }
}
