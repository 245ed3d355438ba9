package io.quizhall.hunt.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replays a team's timeline to find what the rules give it as of an instant. Times are nanoseconds since the
 * team's start; {@link #NEVER} is "not (yet) known to happen". Every condition is monotone (solves, unlocks,
 * points and time only grow), so each has a first instant from which it holds; the replay moves from one change of
 * what conditions can read (a puzzle's first unlock, the team's points reaching a threshold named in a condition)
 * to the next, in time order, and never looks at anything after {@code now}.
 */
final class Evaluator {

    static final long NEVER = Long.MAX_VALUE;
    private static final long ALWAYS = Long.MIN_VALUE;

    private final String[] ids;
    private final List<Compiled.Rule> rules;
    private final long[] thresholds;
    private final Instant start;
    private final long now;
    private final long[] solve;
    private final long[] recorded;
    private final @Nullable Instant[] recordedInstant;
    private final long[] derived;
    private final long[] reachedAt;
    private final long[] first;
    private final int[] pointRules;
    private final Map<String, Instant> otherRecorded = new HashMap<>();
    private int reached;

    Evaluator(
            String[] ids,
            Map<String, Integer> index,
            List<Compiled.Rule> rules,
            long[] thresholds,
            TeamState state,
            Instant now) {
        this.ids = ids;
        this.rules = rules;
        this.thresholds = thresholds;
        this.start = state.start();
        this.now = offset(now);
        this.solve = filled(ids.length);
        this.recorded = filled(ids.length);
        this.recordedInstant = new Instant[ids.length];
        this.derived = filled(ids.length);
        this.reachedAt = filled(thresholds.length);
        this.first = new long[rules.size()];
        this.pointRules = java.util.stream.IntStream.range(0, rules.size())
                .filter(r -> rules.get(r).points() > 0)
                .toArray();
        state.solves().forEach((id, at) -> {
            Integer puzzle = index.get(HuntRules.normalise(id));
            if (puzzle != null) {
                solve[puzzle] = Math.min(solve[puzzle], offset(at));
            }
        });
        state.recordedUnlocks().forEach((id, at) -> {
            Integer puzzle = index.get(HuntRules.normalise(id));
            if (puzzle == null) {
                otherRecorded.merge(HuntRules.normalise(id), at, (a, b) -> a.isBefore(b) ? a : b);
            } else if (offset(at) < recorded[puzzle]) {
                recorded[puzzle] = offset(at);
                recordedInstant[puzzle] = at;
            }
        });
        replay();
    }

    private static long[] filled(int length) {
        long[] values = new long[length];
        java.util.Arrays.fill(values, NEVER);
        return values;
    }

    private long offset(Instant at) {
        try {
            long nanos = Duration.between(start, at).toNanos();
            return Math.max(ALWAYS + 1, Math.min(NEVER - 1, nanos));
        } catch (ArithmeticException outOfRange) {
            return at.isBefore(start) ? ALWAYS + 1 : NEVER - 1;
        }
    }

    private Instant instant(long nanos) {
        return start.plusNanos(nanos);
    }

    private long unlockAt(int puzzle) {
        return Math.min(recorded[puzzle], derived[puzzle]);
    }

    /** Moves through the changes up to {@code now}; each round learns at least one unlock or threshold. */
    private void replay() {
        long current = ALWAYS;
        while (true) {
            schedule();
            long next = NEVER;
            for (int r = 0; r < rules.size(); r++) {
                long at = first[r];
                if (at <= now && unlocksSomething(rules.get(r), at)) {
                    next = Math.min(next, at);
                }
            }
            if (reached < thresholds.length) {
                long horizon = Math.min(next, now);
                if (points(horizon) >= thresholds[reached]) {
                    next = Math.min(next, crossing(current, horizon, thresholds[reached]));
                }
            }
            if (next == NEVER) {
                return;
            }
            for (int r = 0; r < rules.size(); r++) {
                if (first[r] == next) {
                    for (int puzzle : rules.get(r).unlocks()) {
                        if (next < unlockAt(puzzle)) {
                            derived[puzzle] = next;
                        }
                    }
                }
            }
            long total = points(next);
            while (reached < thresholds.length && total >= thresholds[reached]) {
                reachedAt[reached++] = next;
            }
            current = next;
        }
    }

    private boolean unlocksSomething(Compiled.Rule rule, long at) {
        for (int puzzle : rule.unlocks()) {
            if (at < unlockAt(puzzle)) {
                return true;
            }
        }
        return false;
    }

    /** The first instant in [from, to] at which the points reach {@code threshold}; they do by {@code to}. */
    private long crossing(long from, long to, long threshold) {
        if (points(from) >= threshold) {
            return from;
        }
        long low = from;
        long high = to;
        while (low < high - 1) {
            long middle = (low & high) + ((low ^ high) >> 1);
            if (points(middle) >= threshold) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** Each rule's first firing with what is known now. */
    private void schedule() {
        for (int r = 0; r < rules.size(); r++) {
            first[r] = firstFiring(rules.get(r));
        }
    }

    private long firstFiring(Compiled.Rule rule) {
        if (rule.when() != null) {
            return at(rule.when());
        }
        long anchor = rule.anchor() == null ? 0 : at(rule.anchor());
        long holds = rule.condition() == null ? ALWAYS : at(rule.condition());
        if (anchor == NEVER || holds == NEVER) {
            return NEVER;
        }
        long ticks = 1;
        if (holds > anchor) {
            long gap = subtract(holds, anchor);
            ticks = Math.max(1, gap / rule.interval() + (gap % rule.interval() == 0 ? 0 : 1));
        }
        return add(anchor, multiply(ticks, rule.interval()));
    }

    /** How many times the rule has fired by {@code t}. */
    private long count(int r, long t) {
        long at = first[r];
        if (at == NEVER || t < at) {
            return 0;
        }
        Compiled.Rule rule = rules.get(r);
        if (rule.when() != null) {
            return 1;
        }
        long ticks = subtract(t, at) / rule.interval() + 1;
        return Math.min(ticks, rule.limit());
    }

    /** The rule's next firing strictly after {@code t}, or {@link #NEVER}. */
    private long firingAfter(int r, long t) {
        long at = first[r];
        if (at == NEVER) {
            return NEVER;
        }
        if (at > t) {
            return at;
        }
        Compiled.Rule rule = rules.get(r);
        long done = count(r, t);
        if (rule.when() != null || done >= rule.limit()) {
            return NEVER;
        }
        long next = add(at, multiply(done, rule.interval()));
        return next > NEVER - 1 ? NEVER : next;
    }

    private long points(long t) {
        long total = 0;
        for (int r : pointRules) {
            total = add(total, multiply(rules.get(r).points(), count(r, t)));
        }
        return total;
    }

    /** The first instant at which the condition holds with what is known, or {@link #NEVER}. */
    private long at(Compiled.Cond cond) {
        if (cond instanceof Compiled.Solve solved) {
            return solve[solved.puzzle()];
        }
        if (cond instanceof Compiled.Unlock unlock) {
            return unlockAt(unlock.puzzle());
        }
        if (cond instanceof Compiled.Elapsed elapsed) {
            return elapsed.nanos();
        }
        if (cond instanceof Compiled.Points points) {
            return reachedAt[points.threshold()];
        }
        if (cond instanceof Compiled.Delayed delayed) {
            long moment = at(delayed.moment());
            return moment == NEVER ? NEVER : Math.min(NEVER - 1, add(moment, delayed.nanos()));
        }
        if (cond instanceof Compiled.All all) {
            long latest = ALWAYS;
            for (Compiled.Cond part : all.parts()) {
                latest = Math.max(latest, at(part));
            }
            return latest;
        }
        if (cond instanceof Compiled.Any any) {
            long earliest = NEVER;
            for (Compiled.Cond part : any.parts()) {
                earliest = Math.min(earliest, at(part));
            }
            return earliest;
        }
        Compiled.AtLeast atLeast = (Compiled.AtLeast) cond;
        long[] times = atLeast.parts().stream().mapToLong(this::at).sorted().toArray();
        return times[atLeast.count() - 1];
    }

    RuleOutcome outcome() {
        Map<String, Instant> unlocks = new HashMap<>();
        for (int puzzle = 0; puzzle < ids.length; puzzle++) {
            long at = unlockAt(puzzle);
            if (at <= now) {
                unlocks.put(ids[puzzle], at == recorded[puzzle] ? recordedInstant[puzzle] : instant(at));
            }
        }
        otherRecorded.forEach((id, at) -> {
            if (offset(at) <= now) {
                unlocks.put(id, at);
            }
        });
        long points = 0;
        long hints = 0;
        long[] puzzleHints = new long[ids.length];
        for (int r = 0; r < rules.size(); r++) {
            Compiled.Rule rule = rules.get(r);
            long times = count(r, now);
            if (times == 0) {
                continue;
            }
            points = add(points, multiply(rule.points(), times));
            hints = add(hints, multiply(rule.hints(), times));
            for (int i = 0; i < rule.hintPuzzles().length; i++) {
                int puzzle = rule.hintPuzzles()[i];
                puzzleHints[puzzle] = add(puzzleHints[puzzle], multiply(rule.hintAmounts()[i], times));
            }
        }
        Map<String, Integer> perPuzzle = new HashMap<>();
        for (int puzzle = 0; puzzle < ids.length; puzzle++) {
            if (puzzleHints[puzzle] > 0) {
                perPuzzle.put(ids[puzzle], toInt(puzzleHints[puzzle]));
            }
        }
        return new RuleOutcome(unlocks, toInt(points), toInt(hints), perPuzzle);
    }

    Optional<Instant> nextChange() {
        long next = NEVER;
        Instant exact = null;
        for (int r = 0; r < rules.size(); r++) {
            long at = firingAfter(r, now);
            Compiled.Rule rule = rules.get(r);
            boolean gives = rule.points() > 0 || rule.hints() > 0 || rule.hintPuzzles().length > 0;
            if (at < next && (gives || unlocksSomething(rule, at))) {
                next = at;
                exact = null;
            }
        }
        for (int puzzle = 0; puzzle < ids.length; puzzle++) {
            if (recorded[puzzle] > now && recorded[puzzle] < next && recorded[puzzle] < derived[puzzle]) {
                next = recorded[puzzle];
                exact = recordedInstant[puzzle];
            }
        }
        for (Instant at : otherRecorded.values()) {
            long nanos = offset(at);
            if (nanos > now && nanos < next) {
                next = nanos;
                exact = at;
            }
        }
        if (next == NEVER) {
            return Optional.empty();
        }
        return Optional.of(exact != null ? exact : instant(next));
    }

    List<RuleTrace> traces() {
        List<RuleTrace> traces = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Compiled.Rule rule = rules.get(r);
            long times = count(r, now);
            long next = firingAfter(r, now);
            traces.add(new RuleTrace(
                    rule.source().line(),
                    rule.source().text(),
                    rule.puzzle(),
                    toInt(times),
                    times > 0 ? instant(first[r]) : null,
                    next == NEVER ? null : instant(next)));
        }
        return traces;
    }

    private static int toInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static long add(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? ALWAYS : NEVER;
        }
        return sum;
    }

    private static long subtract(long a, long b) {
        long difference = a - b;
        if (((a ^ b) & (a ^ difference)) < 0) {
            return a < 0 ? ALWAYS : NEVER;
        }
        return difference;
    }

    private static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        return (a < 0) == (b < 0) ? NEVER : ALWAYS;
    }
}
