package io.quizhall.results;

import io.quizhall.quiz.Question;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything recorded about one finished game: the quiz as played, every player with their final score and rank,
 * every answer (with ids, and as text), the scores by nickname, the custom field's label (if known) and values.
 */
public record ResultDetails(
        UUID id,
        @Nullable UUID quizId,
        String title,
        String description,
        Instant timestamp,
        int playerCount,
        @Nullable String note,
        String mode,
        List<Question> questions,
        List<PlayerData> players,
        List<AnswerData> answers,
        Map<String, Integer> playerScores,
        @Nullable String customField,
        @Nullable Map<String, String> customFieldData,
        @Nullable List<TeamData> teams) {

    static ResultDetails of(GameResult result) {
        return new ResultDetails(
                result.id(),
                result.quizId(),
                result.title(),
                result.description(),
                result.timestamp(),
                result.playerCount(),
                result.note(),
                result.mode(),
                result.questions(),
                result.players(),
                result.answers(),
                result.playerScores(),
                result.customField(),
                result.customFieldData(),
                result.teams());
    }
}
