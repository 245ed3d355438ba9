package io.quizhall.results;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One player's answer to one question of a finished game, with ids for machines and text for people.
 *
 * @param question the index of the question in the result's {@code questions}
 * @param playerId the player, stable within the game
 * @param username the player's nickname ({@code (removed)} for a player the host removed)
 * @param answer the answer as people read it: the chosen option's text (ABCD, VOTING), the chosen texts joined
 *     with {@code " | "} (CHECK ascending by option, ORDER in the order given), the number, or the text
 * @param optionIds the chosen options as indexes into the question's {@code answers} (CHECK ascending, ORDER in
 *     the order given); empty for RANGE and TEXT
 * @param value RANGE: the number given, as written
 * @param text TEXT: the text given, normalised
 * @param right whether it was judged right (always false for VOTING)
 * @param timeTakenMs milliseconds from the question opening to the answer, by the server's clock
 * @param score points awarded, never negative
 */
public record AnswerData(
        int question,
        UUID playerId,
        String username,
        String answer,
        List<Integer> optionIds,
        @Nullable String value,
        @Nullable String text,
        boolean right,
        long timeTakenMs,
        int score) {

    public AnswerData {
        optionIds = List.copyOf(optionIds);
    }
}
