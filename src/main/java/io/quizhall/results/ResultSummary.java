package io.quizhall.results;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A finished game in the host's list. */
public record ResultSummary(UUID id, @Nullable UUID quizId, String title, Instant timestamp, int playerCount) {

    static ResultSummary of(GameResult result) {
        return new ResultSummary(
                result.id(), result.quizId(), result.title(), result.timestamp(), result.playerCount());
    }
}
