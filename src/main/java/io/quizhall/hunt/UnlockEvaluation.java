package io.quizhall.hunt;

import io.quizhall.hunt.rules.HuntRules;
import io.quizhall.hunt.rules.RuleOutcome;
import io.quizhall.hunt.rules.RuleSyntaxException;
import io.quizhall.hunt.rules.TeamState;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evaluates a team's unlock rules from its state alone and records the result: new unlocks are inserted (never
 * revoked), points follow the rules, hints earned never decrease, and the next instant a timed rule gives more is
 * kept for the timer. The caller holds the team's row lock, so two nodes evaluating one team take turns and the
 * second finds everything recorded already.
 */
@Component
class UnlockEvaluation {

    private static final Logger logger = LoggerFactory.getLogger(UnlockEvaluation.class);

    private final JdbcClient jdbc;
    private final PuzzleRepository puzzles;
    private final HuntLog log;
    private final Duration retryAfterFailure;

    UnlockEvaluation(JdbcClient jdbc, PuzzleRepository puzzles, HuntLog log, HuntProperties properties) {
        this.jdbc = jdbc;
        this.puzzles = puzzles;
        this.log = log;
        this.retryAfterFailure = properties.retryAfterFailure();
    }

    /** What the rules give a team at an instant. */
    record Outcome(
            Map<String, Instant> unlocks,
            int points,
            int hints,
            Map<String, Integer> puzzleHints,
            @Nullable Instant nextChange) {}

    void evaluate(Hunt hunt, HuntTeam team, Instant now) {
        List<HuntPuzzle> all = puzzles.findByHuntIdOrderByPositionAscShortIdAsc(hunt.id());
        Map<String, HuntPuzzle> byShortId = new HashMap<>();
        all.forEach(puzzle -> byShortId.put(puzzle.shortId(), puzzle));
        Instant start = hunt.startFor(team.playtester());
        Outcome outcome;
        try {
            outcome = outcome(hunt, all, start, solves(team.id()), unlocks(team.id()), now);
        } catch (RuleSyntaxException broken) {
            // Saving refuses such rules; this hunt's rules broke since (it is logged, the team tried again later).
            logger.warn("The unlock rules of hunt {} no longer fit its puzzles: {}", hunt.id(), broken.errors());
            team.retryEvaluationAt(now.plus(retryAfterFailure));
            return;
        }
        for (var unlock : outcome.unlocks().entrySet()) {
            HuntPuzzle puzzle = byShortId.get(unlock.getKey());
            if (puzzle == null || unlock.getValue().isAfter(now)) {
                continue;
            }
            int inserted = jdbc.sql("""
                INSERT INTO hunt_unlocks (team_id, puzzle_id, unlocked_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING\
                """)
                    .params(team.id(), puzzle.id(), Timestamp.from(unlock.getValue()))
                    .update();
            if (inserted == 1) {
                log.append(new HuntLog.Entry(
                        hunt.id(), team, null, null, HuntLog.Kind.UNLOCK, puzzle, null, null, unlock.getValue()));
            }
        }
        for (var hints : outcome.puzzleHints().entrySet()) {
            HuntPuzzle puzzle = byShortId.get(hints.getKey());
            if (puzzle != null) {
                jdbc.sql("""
                    INSERT INTO hunt_puzzle_hints (team_id, puzzle_id, earned) VALUES (?, ?, ?)
                    ON CONFLICT (team_id, puzzle_id)
                    DO UPDATE SET earned = GREATEST(hunt_puzzle_hints.earned, EXCLUDED.earned)\
                    """)
                        .params(team.id(), puzzle.id(), Math.max(0, hints.getValue()))
                        .update();
            }
        }
        team.evaluated(outcome.points(), Math.max(0, outcome.hints()), outcome.nextChange());
    }

    /**
     * The rules' answer. Without rules (an empty text) every puzzle unlocks at the team's start, and nothing
     * changes after that; otherwise the hunt's rules decide (docs/hunt-rules.md), checked against the puzzles the
     * hunt has now.
     *
     * @throws RuleSyntaxException if the saved rules no longer fit the hunt's puzzles
     */
    Outcome outcome(
            Hunt hunt,
            List<HuntPuzzle> all,
            Instant start,
            Map<String, Instant> solves,
            Map<String, Instant> unlocked,
            Instant now)
            throws RuleSyntaxException {
        return outcome(hunt.rules(), all, start, solves, unlocked, now);
    }

    Outcome outcome(
            String source,
            List<HuntPuzzle> all,
            Instant start,
            Map<String, Instant> solves,
            Map<String, Instant> unlocked,
            Instant now)
            throws RuleSyntaxException {
        if (source.isBlank()) {
            Map<String, Instant> unlocks = new HashMap<>();
            if (!now.isBefore(start)) {
                all.forEach(puzzle -> unlocks.put(puzzle.shortId(), start));
            }
            return new Outcome(unlocks, 0, 0, Map.of(), now.isBefore(start) ? start : null);
        }
        HuntRules rules = parsed(source, all);
        var state = new TeamState(start, solves, unlocked);
        RuleOutcome outcome = rules.evaluate(state, now);
        return new Outcome(
                outcome.unlocks(),
                outcome.points(),
                outcome.hints(),
                outcome.puzzleHints(),
                rules.nextChange(state, now).orElse(null));
    }

    static HuntRules parse(String source, List<HuntPuzzle> all) throws RuleSyntaxException {
        return HuntRules.parse(source, order(all));
    }

    private static Map<String, Integer> order(List<HuntPuzzle> all) {
        Map<String, Integer> order = new HashMap<>();
        all.forEach(puzzle -> order.put(puzzle.shortId(), puzzle.position()));
        return order;
    }

    /** Rules as parsed for exactly this text and these puzzles (short id → order). */
    private record ParsedKey(String source, Map<String, Integer> order) {}

    private static final int PARSED_KEPT = 256;

    /** Parsed rules, kept: parsing is the costly part, and rules and puzzles rarely change during a hunt. */
    private final Map<ParsedKey, HuntRules> parsedRules =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ParsedKey, HuntRules> eldest) {
                    return size() > PARSED_KEPT;
                }
            });

    private HuntRules parsed(String source, List<HuntPuzzle> all) throws RuleSyntaxException {
        var key = new ParsedKey(source, Map.copyOf(order(all)));
        HuntRules rules = parsedRules.get(key);
        if (rules == null) {
            rules = HuntRules.parse(source, key.order());
            parsedRules.put(key, rules);
        }
        return rules;
    }

    Map<String, Instant> solves(UUID team) {
        return instants("""
                SELECT p.short_id, s.solved_at AS at FROM hunt_solves s JOIN hunt_puzzles p ON p.id = s.puzzle_id
                WHERE s.team_id = ?\
                """, team);
    }

    Map<String, Instant> unlocks(UUID team) {
        return instants("""
                SELECT p.short_id, u.unlocked_at AS at FROM hunt_unlocks u JOIN hunt_puzzles p ON p.id = u.puzzle_id
                WHERE u.team_id = ?\
                """, team);
    }

    private Map<String, Instant> instants(String sql, UUID team) {
        Map<String, Instant> result = new HashMap<>();
        jdbc.sql(sql).param(team).query(rs -> {
            result.put(rs.getString("short_id"), rs.getTimestamp("at").toInstant());
        });
        return result;
    }
}
