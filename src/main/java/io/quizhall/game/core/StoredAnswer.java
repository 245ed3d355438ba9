package io.quizhall.game.core;

import tools.jackson.databind.JsonNode;

/**
 * One player's answer to one question as Redis keeps it, written once by the answer script: the answer as
 * judged ({@link GameMode.Judgement#given()}), whether it was right, its points and when it arrived.
 * {@code streakBonus} is the part of {@code points} the answer streak earned (0 without; records written before
 * streaks existed read as 0).
 */
public record StoredAnswer(boolean right, int points, long elapsedMs, JsonNode given, int streakBonus) {

    public StoredAnswer(boolean right, int points, long elapsedMs, JsonNode given) {
        this(right, points, elapsedMs, given, 0);
    }
}
