package io.quizhall.hunt.rules;

import static io.quizhall.hunt.rules.Puzzles.FIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saving refuses unknown puzzles, ambiguous order numbers, cycles and oversized rules, with line and column. */
class HuntRulesCheckTests {

    private static List<RuleError> errors(String source, Map<String, Integer> puzzles) {
        RuleSyntaxException thrown =
                catchThrowableOfType(RuleSyntaxException.class, () -> HuntRules.parse(source, puzzles));
        assertThat(thrown).as("expected the rules to be refused: %s", source).isNotNull();
        return thrown.errors();
    }

    private static List<RuleError> errors(String source) {
        return errors(source, FIVE);
    }

    @Test
    void refusesUnknownPuzzleIdsWhereverTheyAppear() {
        String source = Puzzles.lines(
                "PFFF <= PA01",
                "PA02 <= PEEE UNLOCK",
                "3 PDDD HINTS <= PA01",
                "1 HINT <= EVERY 5 MINUTES AFTER PCCC SOLVE IF PBBB",
                "PA03 <= 2 OF (PA01, PA02, 30 MINUTES AFTER P0A0 SOLVE)");

        assertThat(errors(source))
                .containsExactly(
                        new RuleError(1, 1, "unknown puzzle PFFF: this hunt has no puzzle FFF"),
                        new RuleError(2, 9, "unknown puzzle PEEE: this hunt has no puzzle EEE"),
                        new RuleError(3, 3, "unknown puzzle PDDD: this hunt has no puzzle DDD"),
                        new RuleError(4, 33, "unknown puzzle PCCC: this hunt has no puzzle CCC"),
                        new RuleError(4, 47, "unknown puzzle PBBB: this hunt has no puzzle BBB"),
                        new RuleError(5, 44, "unknown puzzle P0A0: this hunt has no puzzle 0A0"));
    }

    @Test
    void refusesUnknownAndAmbiguousOrderNumbers() {
        Map<String, Integer> puzzles = Map.of("A01", 1, "A02", 2, "A03", 2);

        assertThat(errors("P#9 <= P#1\nP#1 <= P#2", puzzles))
                .containsExactly(
                        new RuleError(1, 1, "unknown puzzle P#9: no puzzle has order number 9"),
                        new RuleError(2, 8, "ambiguous puzzle P#2: 2 puzzles have order number 2"));
    }

    @Test
    void reportsAnUnknownPuzzleOfAPxRuleOnce() {
        assertThat(errors("PX <= PFFF"))
                .containsExactly(new RuleError(1, 7, "unknown puzzle PFFF: this hunt has no puzzle FFF"));
    }

    @Test
    void refusesADirectCycle() {
        assertThat(errors("PA01 <= PA02\nPA02 <= PA01"))
                .containsExactly(new RuleError(
                        1,
                        1,
                        "cycle: PA01 -> PA02 -> PA01 (each waits for the next one's unlock, solve or points, "
                                + "so none can unlock)"));
    }

    @Test
    void refusesAPuzzleWaitingForItself() {
        assertThat(errors("PA01 <= PA01 SOLVE")).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).startsWith("cycle: PA01 -> PA01 ");
        });
        assertThat(errors("PA03 <= +1:00\nPA01 <= 30 MINUTES AFTER PA01 UNLOCK"))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.line()).isEqualTo(2);
                    assertThat(error.message()).startsWith("cycle: PA01 -> PA01 ");
                });
    }

    @Test
    void refusesALongerCycleThroughOrderNumbersAndTimers() {
        String source = Puzzles.lines(
                "PA01 <= +0:00",
                "PA02 <= PA01 OR P#5",
                "PA03 <= EVERY 10 MINUTES AFTER PA02 UNLOCK LIMIT 1",
                "PB04 <= 2 OF (PA01, PA03 UNLOCK, +1:00)",
                "PC05 <= 30 MINUTES AFTER PB04 SOLVE");

        assertThat(errors(source)).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(1);
            assertThat(error.message()).startsWith("cycle: PA02 -> PC05 -> PB04 -> PA03 -> PA02 ");
        });
    }

    @Test
    void refusesACycleThroughPoints() {
        String source = Puzzles.lines("PA02 <= 10 POINTS", "10 POINTS <= PA02 SOLVE");

        assertThat(errors(source)).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).startsWith("cycle: PA02 -> POINTS -> PA02 ");
        });
    }

    @Test
    void refusesACycleThroughPointsWhenTheOtherPointsAreNotEnough() {
        String source = Puzzles.lines(
                "PA01 <= +0:00",
                "5 POINTS <= PA01",
                "PA02 <= 10 POINTS # needs its own 5 points",
                "5 POINTS <= PA02 SOLVE",
                "2 HINTS <= EVERY 30 MINUTES");

        assertThat(errors(source)).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).startsWith("cycle: PA02 -> POINTS -> PA02 ");
        });
    }

    @Test
    void acceptsPointsThatUnlockTheNextPuzzleWhenOtherRulesCanBringThem() {
        String chain = Puzzles.lines(
                "PA01 <= +0:00",
                "5 POINTS <= PA01",
                "PA02 <= 5 POINTS",
                "5 POINTS <= PA02",
                "PA03 <= 10 POINTS",
                "10 POINTS <= PA03");
        String timer = Puzzles.lines("PA02 <= 10 POINTS", "5 POINTS <= PA02 SOLVE", "1 POINT <= EVERY 1 HOUR");
        String limited =
                Puzzles.lines("PA02 <= 10 POINTS", "5 POINTS <= PA02 SOLVE", "2 POINTS <= EVERY 1 HOUR LIMIT 5");

        assertThatCode(() -> HuntRules.parse(chain, FIVE)).doesNotThrowAnyException();
        assertThatCode(() -> HuntRules.parse(timer, FIVE)).doesNotThrowAnyException();
        assertThatCode(() -> HuntRules.parse(limited, FIVE)).doesNotThrowAnyException();
        assertThat(errors(limited.replace("LIMIT 5", "LIMIT 4"))).hasSize(1);
    }

    @Test
    void refusesAPuzzleCycleEvenWhenAnotherRuleCouldStartIt() {
        assertThat(errors(Puzzles.lines("PA01 <= +1:00", "PA01 <= PA02", "PA02 <= PA01")))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("cycle: PA01 -> PA02 -> PA01 "));
    }

    @Test
    void refusesAPxRuleThatMakesEachPuzzleWaitForItself() {
        assertThat(errors("PX <= PX SOLVE")).hasSize(5).allSatisfy(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).startsWith("cycle: ");
        });
    }

    @Test
    void acceptsChainsPointsThatWaitForPointsAndHintsForThePuzzleItself() {
        String source = Puzzles.lines(
                "PA01 <= +0:00",
                "PA02 <= PA01",
                "PA03 <= PA01 AND PA02",
                "5 POINTS <= PA03",
                "5 POINTS <= EVERY 30 MINUTES IF 5 POINTS",
                "PB04 <= 20 POINTS",
                "2 PX HINTS <= 30 MINUTES AFTER PX UNLOCK",
                "1 PA01 HINT <= PA01 UNLOCK",
                "PC05 <= PA03 UNLOCK");

        assertThatCode(() -> HuntRules.parse(source, FIVE)).doesNotThrowAnyException();
    }

    @Test
    void reportsErrorsOfAllKindsTogetherInLineOrder() {
        String source = Puzzles.lines("PA02 <= PFFF", "PA03 <= (PA01");

        assertThat(errors(source)).extracting(RuleError::line).containsExactly(1, 2);
    }

    @Test
    void refusesASourceOverTheSizeLimit() {
        String source = "# " + "x".repeat(Parser.MAX_SOURCE_CHARS);

        assertThat(errors(source))
                .containsExactly(new RuleError(1, 1, "the rules are 65538 characters long; at most 65536"));
    }

    @Test
    void refusesMoreRulesThanTheLimit() {
        String source = "1 HINT <= PA01\n".repeat(Parser.MAX_RULES + 1);

        assertThat(errors(source))
                .containsExactly(new RuleError(Parser.MAX_RULES + 1, 1, "more than 2000 rules; at most 2000"));
        assertThatCode(() -> HuntRules.parse("1 HINT <= PA01\n".repeat(Parser.MAX_RULES), FIVE))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesPxRulesThatExpandBeyondTheLimit() {
        Map<String, Integer> many = new java.util.HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            many.put(String.format("%03X", 0x100 + i), i + 1);
        }
        String source = "1 PX HINT <= PX UNLOCK\n".repeat(21);

        assertThat(errors(source, many))
                .containsExactly(new RuleError(
                        21,
                        1,
                        "the rules apply to more than 20000 rule instances (each PX rule counts once per puzzle)"));
    }

    @Test
    void theExceptionMessageSummarisesTheErrors() {
        RuleSyntaxException thrown =
                catchThrowableOfType(RuleSyntaxException.class, () -> HuntRules.parse("PA02 <=\nPFFF <= PA01", FIVE));

        assertThat(thrown.getMessage()).startsWith("2 problems in the rules; first: line 1, column 8: expected");
    }
}
