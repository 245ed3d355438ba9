package io.quizhall.results;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who got what right, without points, for grading: the scored questions (not VOTING or SLIDE) and each player's
 * marks in the same order, sorted by the custom field (e.g. student number), then nickname.
 */
public record GradingView(
        UUID id, String title, @Nullable String customField, List<Question> questions, List<Player> players) {

    /** @param question the question's text as plain text */
    public record Question(int index, String question) {}

    /**
     * @param right one mark per entry of {@code questions}: true, false, or null when the player did not answer
     * @param rightCount how many marks are true
     */
    public record Player(
            UUID playerId,
            String nickname,
            @Nullable String customField,
            List<@Nullable Boolean> right,
            int rightCount) {}
}
