package io.quizhall.hunt.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A hunt's checked unlock rules (docs/hunt-rules.md): {@link #parse} refuses broken rules with every problem and
 * its line and column; {@link #evaluate} computes, from a team's state alone, what it has earned at an instant.
 * Immutable and safe to share between threads.
 */
public final class HuntRules {

    private static final HuntRules NONE = new HuntRules("", new String[0], Map.of(), List.of(), List.of(), new long[0]);

    private final String source;
    private final String[] ids;
    private final Map<String, Integer> index;
    private final List<Ast.Rule> parsed;
    private final List<Compiled.Rule> rules;
    private final long[] thresholds;

    private HuntRules(
            String source,
            String[] ids,
            Map<String, Integer> index,
            List<Ast.Rule> parsed,
            List<Compiled.Rule> rules,
            long[] thresholds) {
        this.source = source;
        this.ids = ids;
        this.index = index;
        this.parsed = parsed;
        this.rules = rules;
        this.thresholds = thresholds;
    }

    /**
     * Parses and checks rules. {@code puzzleOrder}: every puzzle of the hunt, short hex id (upper-case, 3-8 chars)
     * to order number.
     */
    public static HuntRules parse(String source, Map<String, Integer> puzzleOrder) throws RuleSyntaxException {
        Objects.requireNonNull(source, "source");
        List<Map.Entry<String, Integer>> puzzles = new ArrayList<>();
        puzzleOrder.forEach((id, order) -> puzzles.add(Map.entry(normalise(id), order)));
        puzzles.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        String[] ids = new String[puzzles.size()];
        int[] orders = new int[puzzles.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = puzzles.get(i).getKey();
            orders[i] = puzzles.get(i).getValue();
            index.put(ids[i], i);
        }
        Parser.Result parsed = Parser.parse(source);
        List<RuleError> errors = new ArrayList<>(parsed.errors());
        Compiler.Result compiled = new Compiler(ids, orders).compile(parsed.rules());
        errors.addAll(compiled.errors());
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RuleError::line).thenComparingInt(RuleError::column));
            throw new RuleSyntaxException(errors);
        }
        return new HuntRules(source, ids, Map.copyOf(index), parsed.rules(), compiled.rules(), compiled.thresholds());
    }

    /** No rules: nothing unlocks by rule (recorded unlocks are still reported by {@link #evaluate}). */
    public static HuntRules none() {
        return NONE;
    }

    public String source() {
        return source;
    }

    /** What the team has earned at {@code now}: idempotent, computed from the state alone. */
    public RuleOutcome evaluate(TeamState state, Instant now) {
        return evaluator(state, now).outcome();
    }

    /**
     * The earliest instant after {@code now} at which {@link #evaluate} would give more (a timed unlock, an EVERY
     * tick), if any.
     */
    public Optional<Instant> nextChange(TeamState state, Instant now) {
        return evaluator(state, now).nextChange();
    }

    /**
     * For the config tester: every rule (a PX rule once per puzzle, in puzzle order) with how often it has fired by
     * {@code now}, when it first fired and when it fires next.
     */
    public List<RuleTrace> explain(TeamState state, Instant now) {
        return evaluator(state, now).traces();
    }

    /** How many rule lines the source has. */
    public int size() {
        return parsed.size();
    }

    /** The rules in canonical form, one per rule line: upper case, plural units, SOLVE spelled out. */
    List<String> canonicalRules() {
        return parsed.stream().map(Ast.Rule::canonical).toList();
    }

    private Evaluator evaluator(TeamState state, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        return new Evaluator(ids, index, rules, thresholds, state, now);
    }

    static String normalise(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "HuntRules[" + parsed.size() + " rules]";
    }
}
