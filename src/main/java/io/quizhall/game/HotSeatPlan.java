package io.quizhall.game;

import io.quizhall.quiz.Question;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hot-seat round put together by the ladder: the millionaire inside a live game (docs/ladder.md, "Hot seat").
 * Every level has its question and a spare of the same difficulty for the "switch the question" lifeline; the
 * questions are multiple choice with one right option, timed by the level.
 *
 * @param ladder the ladder's name, shown beside the prizes
 * @param fastestFinger the question whose fastest right answer takes the seat; null when the host chooses
 */
public record HotSeatPlan(
        String title, String ladder, @Nullable Question fastestFinger, List<Level> levels) {

    public HotSeatPlan {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("A hot-seat round needs at least one level");
        }
    }

    /** A level: its prize, whether it is safe, its question and the spare. */
    public record Level(long prize, boolean safe, Question question, Question spare) {}
}
