package io.quizhall.hunt.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fixtures: a hunt of five puzzles and a team state built step by step with explicit instants. */
final class Puzzles {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    /** A01..A03, B04, C05 with order numbers 1..5. */
    static final Map<String, Integer> FIVE = orderOf("A01", "A02", "A03", "B04", "C05");

    private Puzzles() {}

    static Map<String, Integer> orderOf(String... ids) {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            order.put(ids[i], i + 1);
        }
        return order;
    }

    /** The lines joined with line feeds, each ending with one. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static HuntRules rules(String source) {
        try {
            return HuntRules.parse(source, FIVE);
        } catch (RuleSyntaxException e) {
            throw new AssertionError("rules refused: " + e.errors(), e);
        }
    }

    static Instant at(int hours, int minutes) {
        return START.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    static Instant minutes(long minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    /** A mutable builder for {@link TeamState}. */
    static final class Team {
        private final Map<String, Instant> solves = new HashMap<>();
        private final Map<String, Instant> unlocks = new HashMap<>();

        Team solved(String id, Instant at) {
            solves.put(id, at);
            return this;
        }

        Team unlocked(String id, Instant at) {
            unlocks.put(id, at);
            return this;
        }

        TeamState state() {
            return new TeamState(START, solves, unlocks);
        }
    }

    static Team team() {
        return new Team();
    }
}
