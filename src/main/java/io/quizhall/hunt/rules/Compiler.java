package io.quizhall.hunt.rules;

import io.quizhall.hunt.rules.Ast.Expr;
import io.quizhall.hunt.rules.Ast.PuzzleRef;
import io.quizhall.hunt.rules.Ast.RefKind;
import io.quizhall.hunt.rules.Ast.Reward;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Resolves puzzle references (ids, order numbers, {@code PX}) against the hunt's puzzles and refuses rules that
 * name unknown puzzles or make a puzzle's unlock wait, directly or through other rules or points, for itself.
 */
final class Compiler {

    static final int MAX_RULE_INSTANCES = 20_000;
    private static final int MAX_CYCLES_REPORTED = 10;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final String[] ids;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, List<Integer>> byOrder = new HashMap<>();
    private final Set<RuleError> errors = new LinkedHashSet<>();
    private long[] thresholds = new long[0];

    /** {@code ids} sorted by order number, then id. */
    Compiler(String[] ids, int[] orders) {
        this.ids = ids;
        for (int i = 0; i < ids.length; i++) {
            byId.put(ids[i], i);
            byOrder.computeIfAbsent((long) orders[i], order -> new ArrayList<>())
                    .add(i);
        }
    }

    record Result(List<Compiled.Rule> rules, long[] thresholds, List<RuleError> errors) {}

    Result compile(List<Ast.Rule> parsed) {
        TreeSet<Long> values = new TreeSet<>();
        for (Ast.Rule rule : parsed) {
            collectThresholds(rule.trigger(), values);
        }
        thresholds = values.stream().mapToLong(Long::longValue).toArray();
        List<Compiled.Rule> rules = new ArrayList<>();
        for (Ast.Rule rule : parsed) {
            int instances = rule.template() ? ids.length : 1;
            if (rules.size() + instances > MAX_RULE_INSTANCES) {
                errors.add(new RuleError(
                        rule.line(),
                        rule.column(),
                        "the rules apply to more than " + MAX_RULE_INSTANCES
                                + " rule instances (each PX rule counts once per puzzle)"));
                break;
            }
            for (int i = 0; i < instances; i++) {
                Compiled.Rule compiled = instance(rule, rule.template() ? i : -1);
                if (compiled != null) {
                    rules.add(compiled);
                }
            }
        }
        if (errors.isEmpty()) {
            checkCycles(rules);
        }
        return new Result(List.copyOf(rules), thresholds, List.copyOf(errors));
    }

    private static void collectThresholds(Ast.Trigger trigger, Set<Long> into) {
        if (trigger instanceof Ast.Once once) {
            collectThresholds(once.when(), into);
            if (once.condition() != null) {
                collectThresholds(once.condition(), into);
            }
        } else if (trigger instanceof Ast.Every every) {
            if (every.condition() != null) {
                collectThresholds(every.condition(), into);
            }
        }
    }

    private static void collectThresholds(Expr expr, Set<Long> into) {
        if (expr instanceof Ast.PointsAtLeast points) {
            into.add(points.threshold());
        } else if (expr instanceof Ast.All all) {
            all.parts().forEach(part -> collectThresholds(part, into));
        } else if (expr instanceof Ast.Any any) {
            any.parts().forEach(part -> collectThresholds(part, into));
        } else if (expr instanceof Ast.AtLeast atLeast) {
            atLeast.parts().forEach(part -> collectThresholds(part, into));
        }
    }

    /** The rule for one puzzle of a PX rule ({@code self} its index), or the rule itself ({@code self} -1). */
    private Compiled.@Nullable Rule instance(Ast.Rule rule, int self) {
        int before = errors.size();
        List<Integer> unlocks = new ArrayList<>();
        List<Integer> hintPuzzles = new ArrayList<>();
        List<Long> hintAmounts = new ArrayList<>();
        long points = 0;
        long hints = 0;
        for (Reward reward : rule.rewards()) {
            if (reward instanceof Ast.UnlockReward unlock) {
                int puzzle = resolve(unlock.puzzle(), self);
                if (puzzle >= 0) {
                    unlocks.add(puzzle);
                }
            } else if (reward instanceof Ast.PointsReward given) {
                points += given.amount();
            } else if (reward instanceof Ast.HintsReward given) {
                hints += given.amount();
            } else if (reward instanceof Ast.PuzzleHintsReward given) {
                int puzzle = resolve(given.puzzle(), self);
                if (puzzle >= 0) {
                    hintPuzzles.add(puzzle);
                    hintAmounts.add(given.amount());
                }
            }
        }
        Compiled.Cond when = null;
        Compiled.Cond anchor = null;
        Compiled.Cond condition = null;
        long interval = 0;
        long limit = Long.MAX_VALUE;
        if (rule.trigger() instanceof Ast.Once once) {
            when = cond(once.when(), self);
            if (once.condition() != null) {
                when = new Compiled.All(List.of(when, cond(once.condition(), self)));
            }
        } else if (rule.trigger() instanceof Ast.Every every) {
            interval = every.interval().minutes() * NANOS_PER_MINUTE;
            anchor = every.after() == null ? null : cond(every.after(), self);
            condition = every.condition() == null ? null : cond(every.condition(), self);
            limit = every.limit() > 0 ? every.limit() : Long.MAX_VALUE;
        }
        if (errors.size() > before) {
            return null;
        }
        return new Compiled.Rule(
                rule,
                self < 0 ? null : ids[self],
                unlocks.stream().mapToInt(Integer::intValue).distinct().toArray(),
                points,
                hints,
                hintPuzzles.stream().mapToInt(Integer::intValue).toArray(),
                hintAmounts.stream().mapToLong(Long::longValue).toArray(),
                when,
                interval,
                anchor,
                condition,
                limit);
    }

    private Compiled.Cond cond(Expr expr, int self) {
        if (expr instanceof Ast.PuzzleState state) {
            int puzzle = resolve(state.puzzle(), self);
            return state.unlock() ? new Compiled.Unlock(puzzle) : new Compiled.Solve(puzzle);
        }
        if (expr instanceof Ast.Elapsed elapsed) {
            return new Compiled.Elapsed(elapsed.minutes() * NANOS_PER_MINUTE);
        }
        if (expr instanceof Ast.PointsAtLeast points) {
            return new Compiled.Points(Arrays.binarySearch(thresholds, points.threshold()));
        }
        if (expr instanceof Ast.Delayed delayed) {
            return new Compiled.Delayed(delayed.delay().minutes() * NANOS_PER_MINUTE, cond(delayed.moment(), self));
        }
        if (expr instanceof Ast.All all) {
            return new Compiled.All(
                    all.parts().stream().map(part -> cond(part, self)).toList());
        }
        if (expr instanceof Ast.Any any) {
            return new Compiled.Any(
                    any.parts().stream().map(part -> cond(part, self)).toList());
        }
        Ast.AtLeast atLeast = (Ast.AtLeast) expr;
        return new Compiled.AtLeast(
                atLeast.count(),
                atLeast.parts().stream().map(part -> cond(part, self)).toList());
    }

    /** The puzzle's index, or -1 after recording why it is unknown. */
    private int resolve(PuzzleRef ref, int self) {
        if (ref.kind() == RefKind.TEMPLATE) {
            return self;
        }
        if (ref.kind() == RefKind.ID) {
            Integer index = byId.get(ref.value());
            if (index == null) {
                errors.add(new RuleError(
                        ref.line(),
                        ref.column(),
                        "unknown puzzle " + ref + ": this hunt has no puzzle " + ref.value()));
                return -1;
            }
            return index;
        }
        List<Integer> matches =
                ref.value().length() > 9 ? List.of() : byOrder.getOrDefault(Long.parseLong(ref.value()), List.of());
        if (matches.size() != 1) {
            errors.add(new RuleError(
                    ref.line(),
                    ref.column(),
                    matches.isEmpty()
                            ? "unknown puzzle " + ref + ": no puzzle has order number " + ref.value()
                            : "ambiguous puzzle " + ref + ": " + matches.size() + " puzzles have order number "
                                    + ref.value()));
            return -1;
        }
        return matches.get(0);
    }

    /**
     * Node i is puzzle i's unlock, node n stands for the team's points; an edge a to b means a waits for b. A cycle
     * of puzzles is refused outright, as in PuzzleSpring. A cycle through the points is only refused when it keeps
     * its puzzles locked: {@code PA03 <= 10 POINTS} with {@code 5 POINTS <= PA03} is the usual "points unlock the
     * next puzzle" pattern and fine as long as other rules can bring the first 10 points.
     */
    private void checkCycles(List<Compiled.Rule> rules) {
        int n = ids.length;
        List<List<int[]>> edges = new ArrayList<>(); // {to, rule index}
        for (int i = 0; i <= n; i++) {
            edges.add(new ArrayList<>());
        }
        for (int r = 0; r < rules.size(); r++) {
            Compiled.Rule rule = rules.get(r);
            List<Integer> from = new ArrayList<>();
            for (int puzzle : rule.unlocks()) {
                from.add(puzzle);
            }
            if (rule.points() > 0) {
                from.add(n);
            }
            Set<Integer> to = new HashSet<>();
            rule.puzzlesRead(to::add);
            if (rule.readsPoints()) {
                to.add(n);
            }
            for (int a : from) {
                for (int b : to) {
                    if (!(a == n && b == n)) {
                        edges.get(a).add(new int[] {b, r});
                    }
                }
            }
        }
        int[] colour = new int[n + 1];
        Set<Set<Integer>> reported = new HashSet<>();
        for (int root = 0; root < n && reported.size() < MAX_CYCLES_REPORTED; root++) {
            if (colour[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>(); // {node, next edge}
            List<Integer> path = new ArrayList<>();
            List<Integer> pathRules = new ArrayList<>();
            stack.push(new int[] {root, 0});
            path.add(root);
            colour[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<int[]> out = edges.get(top[0]);
                if (top[1] >= out.size()) {
                    colour[top[0]] = 2;
                    stack.pop();
                    path.remove(path.size() - 1);
                    if (!pathRules.isEmpty()) {
                        pathRules.remove(pathRules.size() - 1);
                    }
                    continue;
                }
                int[] edge = out.get(top[1]++);
                int next = edge[0];
                if (next == n) {
                    continue;
                }
                if (colour[next] == 1) {
                    int at = path.indexOf(next);
                    List<Integer> cycle = new ArrayList<>(path.subList(at, path.size()));
                    List<Integer> cycleRules = new ArrayList<>(pathRules.subList(at, pathRules.size()));
                    cycleRules.add(edge[1]);
                    if (reported.add(new HashSet<>(cycle)) && reported.size() <= MAX_CYCLES_REPORTED) {
                        report(cycle, cycleRules, rules);
                    }
                } else if (colour[next] == 0) {
                    colour[next] = 1;
                    stack.push(new int[] {next, 0});
                    path.add(next);
                    pathRules.add(edge[1]);
                }
            }
        }
        boolean[] possible = possibleUnlocks(rules);
        Set<Integer> targets = new HashSet<>();
        rules.forEach(rule -> Arrays.stream(rule.unlocks()).forEach(targets::add));
        for (int puzzle = 0; puzzle < n && reported.size() < MAX_CYCLES_REPORTED; puzzle++) {
            if (possible[puzzle] || !targets.contains(puzzle)) {
                continue;
            }
            List<int[]> path = pathBack(puzzle, edges);
            if (path != null) {
                List<Integer> cycle = new ArrayList<>();
                cycle.add(puzzle);
                path.subList(0, path.size() - 1).forEach(step -> cycle.add(step[0]));
                if (reported.add(new HashSet<>(cycle))) {
                    report(cycle, path.stream().map(step -> step[1]).toList(), rules);
                }
            }
        }
    }

    /** The shortest way from {@code puzzle} back to itself: each step {to, rule index}; null if there is none. */
    private static @Nullable List<int[]> pathBack(int puzzle, List<List<int[]>> edges) {
        int[][] via = new int[edges.size()][];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(puzzle);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int[] edge : edges.get(node)) {
                if (edge[0] == puzzle) {
                    List<int[]> path = new ArrayList<>();
                    path.add(edge);
                    for (int at = node; at != puzzle; at = via[at][2]) {
                        path.add(0, new int[] {at, via[at][1]});
                    }
                    return path;
                }
                if (via[edge[0]] == null) {
                    via[edge[0]] = new int[] {edge[0], edge[1], node};
                    queue.add(edge[0]);
                }
            }
        }
        return null;
    }

    /**
     * The least fixed point of "could ever unlock by rules": from nothing, a rule counts once its condition could
     * hold with what is already possible (time passes without end, possible puzzles get solved, points add up).
     * A puzzle that only its own unlock or solve could unlock never gets in.
     */
    private boolean[] possibleUnlocks(List<Compiled.Rule> rules) {
        boolean[] possible = new boolean[ids.length];
        boolean[] fires = new boolean[rules.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            long points = 0;
            for (int r = 0; r < rules.size(); r++) {
                Compiled.Rule rule = rules.get(r);
                if (fires[r] && rule.points() > 0) {
                    long times = rule.every() ? rule.limit() : 1;
                    points = times == Long.MAX_VALUE || points + rule.points() * times < 0
                            ? Long.MAX_VALUE
                            : points + rule.points() * times;
                }
            }
            for (int r = 0; r < rules.size(); r++) {
                Compiled.Rule rule = rules.get(r);
                if (fires[r]) {
                    continue;
                }
                boolean can = rule.every()
                        ? (rule.anchor() == null || could(rule.anchor(), possible, points))
                                && (rule.condition() == null || could(rule.condition(), possible, points))
                        : could(rule.when(), possible, points);
                if (can) {
                    fires[r] = true;
                    changed = true;
                    for (int puzzle : rule.unlocks()) {
                        possible[puzzle] = true;
                    }
                }
            }
        }
        return possible;
    }

    private boolean could(Compiled.@Nullable Cond cond, boolean[] possible, long points) {
        if (cond instanceof Compiled.Solve solve) {
            return possible[solve.puzzle()];
        }
        if (cond instanceof Compiled.Unlock unlock) {
            return possible[unlock.puzzle()];
        }
        if (cond instanceof Compiled.Points threshold) {
            return points >= thresholds[threshold.threshold()];
        }
        if (cond instanceof Compiled.Delayed delayed) {
            return could(delayed.moment(), possible, points);
        }
        if (cond instanceof Compiled.All all) {
            return all.parts().stream().allMatch(part -> could(part, possible, points));
        }
        if (cond instanceof Compiled.Any any) {
            return any.parts().stream().anyMatch(part -> could(part, possible, points));
        }
        if (cond instanceof Compiled.AtLeast atLeast) {
            return atLeast.parts().stream()
                            .filter(part -> could(part, possible, points))
                            .count()
                    >= atLeast.count();
        }
        return cond instanceof Compiled.Elapsed;
    }

    private void report(List<Integer> cycle, List<Integer> cycleRules, List<Compiled.Rule> rules) {
        StringBuilder text = new StringBuilder();
        for (int node : cycle) {
            text.append(name(node)).append(" -> ");
        }
        text.append(name(cycle.get(0)));
        Ast.Rule first = cycleRules.stream()
                .map(r -> rules.get(r).source())
                .min((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : 0)
                .orElseThrow();
        errors.add(new RuleError(
                first.line(),
                first.column(),
                "cycle: " + text + " (each waits for the next one's unlock, solve or points, so none can unlock)"));
    }

    private String name(int node) {
        return node == ids.length ? "POINTS" : "P" + ids[node];
    }
}
