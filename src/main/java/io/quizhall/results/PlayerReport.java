package io.quizhall.results;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One player's game: every question that takes answers, with what they answered, whether it was right, time and points. */
public record PlayerReport(
        UUID resultId,
        UUID playerId,
        String nickname,
        @Nullable String customField,
        int score,
        int rank,
        List<Entry> answers) {

    /**
     * One question as this player met it.
     *
     * @param question the question's text as stored (limited rich text)
     * @param answer the answer as plain text; null if the player did not answer
     * @param right null if not answered or not scored (VOTING)
     * @param timeTakenMs null if not answered
     */
    public record Entry(
            int index,
            String type,
            String question,
            @Nullable String answer,
            @Nullable Boolean right,
            @Nullable Long timeTakenMs,
            int points) {}
}
