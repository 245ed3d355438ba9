package io.quizhall.results;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finished game in the host's list.
 *
 * @param title the host's name for the game: the quiz's title as played until renamed (limited rich text)
 * @param note the host's note, plain text
 */
public record ResultSummary(
        UUID id,
        @Nullable UUID quizId,
        String title,
        Instant timestamp,
        int playerCount,
        @Nullable String note) {

    static ResultSummary of(GameResult result) {
        return new ResultSummary(
                result.id(), result.quizId(), result.title(), result.timestamp(), result.playerCount(), result.note());
    }
}
