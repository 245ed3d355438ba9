package io.quizhall.game.hotseat;

import io.quizhall.game.core.GamePayloads.HotSeatStatus;
import io.quizhall.game.core.GamePayloads.HotSeatStatus.AudiencePoll;
import io.quizhall.game.core.GamePayloads.HotSeatStatus.Rung;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hot-seat round as kept in the game's mode hash. The game's questions are the fastest-finger question (if
 * any), then each level's question followed by its spare: {@link #questionOf}, {@link #spareOf} and
 * {@link #levelOf} translate between question indexes and levels.
 *
 * @param level levels answered right
 * @param outcome null while the round goes on
 * @param fifty the question the 50:50 was used on and the two options it removed
 * @param poll the audience poll, when that lifeline was used
 * @param switchedLevel the level whose question was switched for its spare
 * @param walkedAt the question during which the contestant walked away
 */
record HotSeatState(
        String ladder,
        boolean fastestFinger,
        List<Rung> rungs,
        @Nullable UUID contestant,
        @Nullable String contestantName,
        int level,
        @Nullable Outcome outcome,
        @Nullable Fifty fifty,
        @Nullable AudiencePoll poll,
        @Nullable Integer switchedLevel,
        @Nullable Integer walkedAt) {

    enum Outcome {
        WON,
        LOST,
        WALKED
    }

    record Fifty(int question, List<Integer> removed) {}

    static final String FIFTY = "fifty";
    static final String AUDIENCE = "audience";
    static final String SWITCH = "switch";

    /** The index of the first level's question. */
    int base() {
        return fastestFinger ? 1 : 0;
    }

    int questionOf(int level) {
        return base() + 2 * (level - 1);
    }

    int spareOf(int level) {
        return questionOf(level) + 1;
    }

    /** The level a question belongs to; null for the fastest-finger question. */
    @Nullable
    Integer levelOf(int index) {
        return index < base() ? null : (index - base()) / 2 + 1;
    }

    /** The question of a level that is played: the spare once the contestant switched it. */
    int playedQuestionOf(int level) {
        return switchedLevel != null && switchedLevel == level ? spareOf(level) : questionOf(level);
    }

    boolean over() {
        return outcome != null;
    }

    /** The prize of the highest safe level at or below {@code reached} (0 below the first). */
    long safePrize(int reached) {
        long prize = 0;
        for (int i = 0; i < reached && i < rungs.size(); i++) {
            if (rungs.get(i).safe()) {
                prize = rungs.get(i).prize();
            }
        }
        return prize;
    }

    long prizeAt(int reached) {
        return reached <= 0 ? 0 : rungs.get(Math.min(reached, rungs.size()) - 1).prize();
    }

    /** What the contestant takes home now: after a wrong answer the last safe level's prize, otherwise the level's. */
    long prize() {
        return outcome == Outcome.LOST ? safePrize(level) : prizeAt(level);
    }

    List<String> lifelinesLeft() {
        var left = new ArrayList<String>();
        if (fifty == null) {
            left.add(FIFTY);
        }
        if (poll == null) {
            left.add(AUDIENCE);
        }
        if (switchedLevel == null) {
            left.add(SWITCH);
        }
        return left;
    }

    /** The status for clients, about the question at {@code index} (the one in play or last closed). */
    HotSeatStatus status(int index) {
        String shown = outcome != null
                ? outcome.name().toLowerCase(java.util.Locale.ROOT)
                : contestant == null ? "choosing" : "playing";
        return new HotSeatStatus(
                ladder,
                shown,
                contestant,
                contestantName,
                level,
                prize(),
                rungs,
                index < 0 ? null : index,
                index < 0 ? null : levelOf(index),
                lifelinesLeft(),
                fifty != null && fifty.question() == index ? fifty.removed() : null,
                poll != null && poll.question() == index ? poll : null);
    }
}
