package io.quizhall.hunt.rules;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One rule as the config tester shows it: where it is written, its text, the puzzle a {@code PX} rule was applied
 * to (null otherwise), how many times it has fired by the evaluated instant (0 or 1 for one-time rules, the ticks
 * for {@code EVERY}), when it first fired and when it fires next (null when it has not fired or never will again).
 */
public record RuleTrace(
        int line,
        String rule,
        @Nullable String puzzle,
        int times,
        @Nullable Instant firstFired,
        @Nullable Instant nextFiring) {

    public boolean fired() {
        return times > 0;
    }
}
