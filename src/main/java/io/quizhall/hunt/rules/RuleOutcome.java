package io.quizhall.hunt.rules;

import java.time.Instant;
import java.util.Map;

/**
 * What a team has earned at an instant: unlocked puzzles (id to the instant each became unlocked, the earlier of
 * the recorded and the derived one), points and global hints given by rules, and hints earned per puzzle.
 */
public record RuleOutcome(Map<String, Instant> unlocks, int points, int hints, Map<String, Integer> puzzleHints) {

    public RuleOutcome {
        unlocks = Map.copyOf(unlocks);
        puzzleHints = Map.copyOf(puzzleHints);
    }
}
