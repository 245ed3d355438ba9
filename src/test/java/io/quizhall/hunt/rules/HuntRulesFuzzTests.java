package io.quizhall.hunt.rules;

import static io.quizhall.hunt.rules.Puzzles.FIVE;
import static io.quizhall.hunt.rules.Puzzles.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile or random input gives a {@link RuleSyntaxException} (never another exception), and no stack overflow. */
class HuntRulesFuzzTests {

    private static final String[] WORDS = {
        "PA01",
        "pa02",
        "PA03",
        "PB04",
        "PC05",
        "PX",
        "P#1",
        "P#3",
        "P#9",
        "PFFF",
        "PZZ",
        "P",
        "P#",
        "<=",
        "<",
        "=",
        "(",
        ")",
        "[",
        "]",
        ",",
        "AND",
        "OR",
        "OF",
        "EVERY",
        "AFTER",
        "IF",
        "LIMIT",
        "SOLVE",
        "UNLOCK",
        "POINTS",
        "POINT",
        "HINTS",
        "HINT",
        "MINUTES",
        "MINUTE",
        "HOURS",
        "HOUR",
        "+1:30",
        "+0:00",
        "+9:99",
        "+",
        "+1",
        "0",
        "1",
        "2",
        "3",
        "30",
        "100000",
        "100001",
        "99999999999999999999",
        "#",
        "\n",
        "\t",
        "-",
        "é",
        "😀",
        "\u0000"
    };

    /** Either parses or throws RuleSyntaxException with usable errors; anything else fails the test. */
    private static HuntRules parseOrNull(String source) {
        try {
            return HuntRules.parse(source, FIVE);
        } catch (RuleSyntaxException e) {
            int lines = source.split("\r\n|\r|\n", -1).length;
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.line()).isBetween(1, lines);
                assertThat(error.column()).isPositive();
                assertThat(error.message()).isNotBlank();
            });
            return null;
        }
    }

    @Test
    void randomCharactersNeverThrowAnythingElse() {
        Random random = new Random(21);
        String alphabet = "PpAaBbCcXx0123456789#<=[](),+:- \t\n\rSOLVEUNLOCKPOINTSHINTSEVERYAFTERIFLIMITMINUTESHOURS"
                + "é€😀\u0000\u00a0";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = source.toString();
            assertThatCode(() -> parseOrNull(text)).as("source: %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void randomTokenSoupParsesOrIsRefusedAndWhatParsesEvaluates() {
        Random random = new Random(42);
        int parsed = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder source = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                source.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = source.toString();
            HuntRules[] rules = new HuntRules[1];
            assertThatCode(() -> rules[0] = parseOrNull(text))
                    .as("source: %s", text)
                    .doesNotThrowAnyException();
            if (rules[0] != null) {
                parsed++;
                Map<String, Instant> solves = new HashMap<>();
                for (String id : FIVE.keySet()) {
                    if (random.nextBoolean()) {
                        solves.put(id, minutes(random.nextInt(300)));
                    }
                }
                TeamState state = new TeamState(Puzzles.START, solves, Map.of());
                Instant now = minutes(random.nextInt(600) - 30);
                RuleOutcome outcome = rules[0].evaluate(state, now);
                RuleOutcome later = rules[0].evaluate(state, now.plusSeconds(3_600));
                assertThat(later.points()).isGreaterThanOrEqualTo(outcome.points());
                assertThat(later.hints()).isGreaterThanOrEqualTo(outcome.hints());
                assertThat(later.unlocks()).containsAllEntriesOf(outcome.unlocks());
                rules[0].nextChange(state, now)
                        .ifPresent(next -> assertThat(next).isAfter(now));
                assertThat(rules[0].explain(state, now)).hasSizeGreaterThanOrEqualTo(rules[0].size());
            }
        }
        assertThat(parsed).as("some random rules are valid").isGreaterThan(20);
    }

    @Test
    void refusesDeepParenthesesCleanly() {
        String deep = "PA02 <= " + "(".repeat(30_000) + "PA01" + ")".repeat(30_000);

        RuleSyntaxException thrown = catchThrowableOfType(RuleSyntaxException.class, () -> HuntRules.parse(deep, FIVE));

        assertThat(thrown.errors())
                .containsExactly(
                        new RuleError(1, 9 + Parser.MAX_DEPTH, "conditions are nested more than 32 levels deep"));
    }

    @Test
    void refusesDeepNOfAndBracketsCleanly() {
        String nOf = "PA02 <= " + "1 OF (".repeat(5_000) + "PA01" + ")".repeat(5_000);
        String brackets = "1 HINT <= EVERY 5 MINUTES IF " + "[".repeat(20_000) + "PA01" + "]".repeat(20_000);

        assertThat(catchThrowableOfType(RuleSyntaxException.class, () -> HuntRules.parse(nOf, FIVE))
                        .errors())
                .singleElement()
                .satisfies(error ->
                        assertThat(error.message()).isEqualTo("conditions are nested more than 32 levels deep"));
        assertThat(catchThrowableOfType(RuleSyntaxException.class, () -> HuntRules.parse(brackets, FIVE))
                        .errors())
                .singleElement()
                .satisfies(error -> assertThat(error.column()).isEqualTo(29 + Parser.MAX_DEPTH + 1));
    }

    @Test
    void acceptsNestingUpToTheLimitAndLongFlatChains() throws RuleSyntaxException {
        String limit = "PA02 <= " + "(".repeat(Parser.MAX_DEPTH) + "PA01" + ")".repeat(Parser.MAX_DEPTH);
        String chain = "PA02 <= PA01" + " OR +1:00 AND PA03".repeat(3_000);

        assertThat(HuntRules.parse(limit, FIVE).canonicalRules()).containsExactly("PA02 <= PA01 SOLVE");
        HuntRules rules = HuntRules.parse(chain, FIVE);
        TeamState state = Puzzles.team().solved("A03", minutes(5)).state();
        assertThat(rules.evaluate(state, minutes(60)).unlocks()).containsOnlyKeys("A02");
    }

    @Test
    void evaluatesTheLargestAllowedRulesWithoutTrouble() throws RuleSyntaxException {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < Parser.MAX_RULES; i++) {
            int digit = 1 + i % 9;
            source.append(
                    i % 2 == 0
                            ? "1 HINT<=EVERY " + digit + " HOUR IF " + digit + " POINT\n"
                            : digit + " POINT<=EVERY " + digit + " MINUTE LIMIT " + digit + "\n");
        }
        assertThat(source.length()).isLessThanOrEqualTo(Parser.MAX_SOURCE_CHARS);
        HuntRules rules = HuntRules.parse(source.toString(), FIVE);
        TeamState state = Puzzles.team().state();

        RuleOutcome outcome = rules.evaluate(state, minutes(24 * 60));

        assertThat(rules.size()).isEqualTo(Parser.MAX_RULES);
        int expected = 0;
        for (int i = 1; i < Parser.MAX_RULES; i += 2) {
            expected += (1 + i % 9) * (1 + i % 9); // every point rule has used up its LIMIT within a day
        }
        assertThat(outcome.points()).isEqualTo(expected);
        assertThat(outcome.hints()).isPositive();
        assertThat(rules.nextChange(state, minutes(24 * 60))).isPresent();
    }
}
