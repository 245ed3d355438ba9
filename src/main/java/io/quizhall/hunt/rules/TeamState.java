package io.quizhall.hunt.rules;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules are evaluated against: when the hunt started for the team, its solves (puzzle id to solve time)
 * and the unlocks already stored (puzzle id to unlock time, e.g. by staff or by earlier evaluations).
 */
public record TeamState(Instant start, Map<String, Instant> solves, Map<String, Instant> recordedUnlocks) {

    public TeamState {
        Objects.requireNonNull(start, "start");
        solves = Map.copyOf(solves);
        recordedUnlocks = Map.copyOf(recordedUnlocks);
    }

    /** A team that has just started: nothing solved, nothing unlocked. */
    public static TeamState startedAt(Instant start) {
        return new TeamState(start, Map.of(), Map.of());
    }
}
