package io.quizhall.hunt.rules;

import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Rules with puzzle references resolved to indices and times in nanoseconds since the team's start, ready for the
 * {@link Evaluator}. A {@code PX} rule becomes one compiled rule per puzzle.
 */
final class Compiled {

    private Compiled() {}

    sealed interface Cond {
        /** Calls {@code action} with every puzzle index the condition reads. */
        default void puzzles(IntConsumer action) {
            if (this instanceof Solve solve) {
                action.accept(solve.puzzle());
            } else if (this instanceof Unlock unlock) {
                action.accept(unlock.puzzle());
            } else if (this instanceof Delayed delayed) {
                delayed.moment().puzzles(action);
            } else {
                parts().forEach(part -> part.puzzles(action));
            }
        }

        default boolean readsPoints() {
            if (this instanceof Points) {
                return true;
            }
            if (this instanceof Delayed delayed) {
                return delayed.moment().readsPoints();
            }
            return parts().stream().anyMatch(Cond::readsPoints);
        }

        /** The sub-conditions of AND, OR and N OF; none for the others. */
        default List<Cond> parts() {
            return List.of();
        }
    }

    record Solve(int puzzle) implements Cond {}

    record Unlock(int puzzle) implements Cond {}

    record Elapsed(long nanos) implements Cond {}

    /** Index into the sorted distinct thresholds of the rules. */
    record Points(int threshold) implements Cond {}

    record Delayed(long nanos, Cond moment) implements Cond {}

    record All(List<Cond> parts) implements Cond {}

    record Any(List<Cond> parts) implements Cond {}

    record AtLeast(int count, List<Cond> parts) implements Cond {}

    /**
     * One rule instance: what it gives each time it fires and when it fires. A one-time rule has {@code when}; an
     * EVERY rule has {@code interval} (nanoseconds), an optional {@code anchor} and {@code condition}, and a
     * {@code limit} ({@link Long#MAX_VALUE} for none).
     */
    record Rule(
            Ast.Rule source,
            @Nullable String puzzle,
            int[] unlocks,
            long points,
            long hints,
            int[] hintPuzzles,
            long[] hintAmounts,
            @Nullable Cond when,
            long interval,
            @Nullable Cond anchor,
            @Nullable Cond condition,
            long limit) {

        boolean every() {
            return when == null;
        }

        void puzzlesRead(IntConsumer action) {
            if (when != null) {
                when.puzzles(action);
            }
            if (anchor != null) {
                anchor.puzzles(action);
            }
            if (condition != null) {
                condition.puzzles(action);
            }
        }

        boolean readsPoints() {
            return (when != null && when.readsPoints())
                    || (anchor != null && anchor.readsPoints())
                    || (condition != null && condition.readsPoints());
        }
    }
}
