package io.quizhall.hunt;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * What a hunt's leaderboard can order teams by (docs/hunts.md, "Rankings"), each in its natural direction: counts
 * and points, more is better; times, earlier is better with a missing time last; hints, fewer is better.
 */
public enum RankingCriterion {
    /** Solved puzzles of type META; more is better. */
    META_SOLVES,
    /** Solved puzzles of type FINAL; more is better. */
    FINAL_SOLVES,
    /** Solved puzzles that score (every type but NON_SCORING); more is better. */
    SOLVES,
    /** The points the unlock rules gave the team; more is better. */
    POINTS,
    /** When the team last solved a scoring puzzle; earlier is better, a team without solves last. */
    LAST_SOLVE_AT,
    /** When the team solved its FINAL puzzle; earlier is better, an unfinished team last. */
    FINISHED_AT,
    /** Hints the team spent; fewer is better. */
    HINTS_USED;

    /** Orders two teams by this criterion: the better one first. */
    Comparator<TeamFacts> order() {
        return switch (this) {
            case META_SOLVES -> Comparator.comparingInt(TeamFacts::metaSolves).reversed();
            case FINAL_SOLVES -> Comparator.comparingInt(TeamFacts::finalSolves).reversed();
            case SOLVES -> Comparator.comparingInt(TeamFacts::solves).reversed();
            case POINTS -> Comparator.comparingInt(TeamFacts::points).reversed();
            case LAST_SOLVE_AT ->
                Comparator.comparing(TeamFacts::lastSolveAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case FINISHED_AT ->
                Comparator.comparing(TeamFacts::finishedAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case HINTS_USED -> Comparator.comparingInt(TeamFacts::hintsUsed);
        };
    }

    /** The team's value as the board shows it: a number, an instant, or null for a missing time. */
    @Nullable
    Object value(TeamFacts team) {
        return switch (this) {
            case META_SOLVES -> team.metaSolves();
            case FINAL_SOLVES -> team.finalSolves();
            case SOLVES -> team.solves();
            case POINTS -> team.points();
            case LAST_SOLVE_AT -> team.lastSolveAt();
            case FINISHED_AT -> team.finishedAt();
            case HINTS_USED -> team.hintsUsed();
        };
    }

    /**
     * What the board needs to know of one team, counted as of one instant (live: now; frozen: the freeze instant).
     * Also the rows of a frozen board's snapshot.
     */
    record TeamFacts(
            java.util.UUID id,
            String name,
            @Nullable String registrationValue,
            int metaSolves,
            int finalSolves,
            int solves,
            int points,
            @Nullable Instant lastSolveAt,
            @Nullable Instant finishedAt,
            int hintsUsed) {}
}
