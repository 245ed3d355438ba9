package io.quizhall.hunt.rules;

import static io.quizhall.hunt.rules.Puzzles.FIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every construct parses to its canonical form and back; every broken line is reported at its line and column. */
class HuntRulesParserTests {

    private static List<String> canonical(String source) {
        return Puzzles.rules(source).canonicalRules();
    }

    private static List<RuleError> errors(String source) {
        return errors(source, FIVE);
    }

    private static List<RuleError> errors(String source, Map<String, Integer> puzzles) {
        RuleSyntaxException thrown =
                catchThrowableOfType(RuleSyntaxException.class, () -> HuntRules.parse(source, puzzles));
        assertThat(thrown).as("expected the rules to be refused: %s", source).isNotNull();
        return thrown.errors();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PA02 <= PA01                                       | PA02 <= PA01 SOLVE",
                "pa02 <= pa01 solve                                 | PA02 <= PA01 SOLVE",
                "PA02 <= PA01 UNLOCK                                | PA02 <= PA01 UNLOCK",
                "[PA02, PA03] <= PA01                               | [PA02, PA03] <= PA01 SOLVE",
                "[PA02] <= PA01                                     | [PA02] <= PA01 SOLVE",
                "P#2 <= P#1                                         | P#2 <= P#1 SOLVE",
                "p#02 <= PA01                                       | P#2 <= PA01 SOLVE",
                "10 POINTS <= PA01                                  | 10 POINTS <= PA01 SOLVE",
                "1 POINT <= PA01                                    | 1 POINTS <= PA01 SOLVE",
                "2 HINTS <= PA01                                    | 2 HINTS <= PA01 SOLVE",
                "1 HINT <= PA01                                     | 1 HINTS <= PA01 SOLVE",
                "3 PA02 HINTS <= PA01                               | 3 PA02 HINTS <= PA01 SOLVE",
                "1 PX HINT <= PX UNLOCK                             | 1 PX HINTS <= PX UNLOCK",
                "[5 POINTS, PA02, 1 HINT, 2 PB04 HINTS] <= PA01     | [5 POINTS, PA02, 1 HINTS, 2 PB04 HINTS] <= PA01"
                        + " SOLVE",
                "PA01 <= +0:00                                      | PA01 <= +0:00",
                "PA02 <= +1:30                                      | PA02 <= +1:30",
                "PA02 <= +100:05                                    | PA02 <= +100:05",
                "PA02 <= 10 POINTS                                  | PA02 <= 10 POINTS",
                "PA03 <= (PA01 AND PA02)                            | PA03 <= (PA01 SOLVE AND PA02 SOLVE)",
                "PA03 <= PA01 AND PA02 AND +1:00                    | PA03 <= (PA01 SOLVE AND PA02 SOLVE AND +1:00)",
                "PA03 <= (PA01 OR PA02)                             | PA03 <= (PA01 SOLVE OR PA02 SOLVE)",
                "PA03 <= PA01 OR PA02 AND +1:00                     | PA03 <= (PA01 SOLVE OR (PA02 SOLVE AND +1:00))",
                "PA03 <= (PA01 OR PA02) AND +1:00                   | PA03 <= ((PA01 SOLVE OR PA02 SOLVE) AND +1:00)",
                "PA03 <= ((((PA01))))                               | PA03 <= PA01 SOLVE",
                "PB04 <= 2 OF (PA01, PA02 UNLOCK, +2:00)            | PB04 <= 2 OF (PA01 SOLVE, PA02 UNLOCK, +2:00)",
                "PB04 <= 1 of (PA01 and PA02, 5 points)             | PB04 <= 1 OF ((PA01 SOLVE AND PA02 SOLVE), 5"
                        + " POINTS)",
                "10 POINTS <= [PA01, PA02, PA03]                    | 10 POINTS <= (PA01 SOLVE OR PA02 SOLVE OR PA03"
                        + " SOLVE)",
                "2 HINTS <= EVERY 30 MINUTES                        | 2 HINTS <= EVERY 30 MINUTES",
                "5 POINTS <= EVERY 2 HOURS                          | 5 POINTS <= EVERY 2 HOURS",
                "1 HINT <= EVERY 1 HOUR                             | 1 HINTS <= EVERY 1 HOURS",
                "1 HINT <= EVERY 1 MINUTE                           | 1 HINTS <= EVERY 1 MINUTES",
                "2 HINTS <= EVERY 30 MINUTES AFTER PA01 SOLVE       | 2 HINTS <= EVERY 30 MINUTES AFTER PA01 SOLVE",
                "5 POINTS <= EVERY 1 HOUR AFTER +1:00               | 5 POINTS <= EVERY 1 HOURS AFTER +1:00",
                "2 HINTS <= EVERY 30 MINUTES IF 10 POINTS           | 2 HINTS <= EVERY 30 MINUTES IF 10 POINTS",
                "2 HINTS <= EVERY 30 MINUTES LIMIT 3                | 2 HINTS <= EVERY 30 MINUTES LIMIT 3",
                "2 HINTS <= EVERY 30 MINUTES AFTER PA01 UNLOCK IF PA02 OR PA03 LIMIT 3 | 2 HINTS <= EVERY 30 MINUTES"
                        + " AFTER PA01 UNLOCK IF (PA02 SOLVE OR PA03 SOLVE) LIMIT 3",
                "1 HINT <= 30 MINUTES AFTER PA01 SOLVE              | 1 HINTS <= 30 MINUTES AFTER PA01 SOLVE",
                "PA02 <= 1 HOUR AFTER PA01 UNLOCK                   | PA02 <= 1 HOURS AFTER PA01 UNLOCK",
                "PA02 <= 45 MINUTES AFTER +1:00                     | PA02 <= 45 MINUTES AFTER +1:00",
                "1 HINT <= 30 MINUTES AFTER PA01 SOLVE IF 10 POINTS | 1 HINTS <= 30 MINUTES AFTER PA01 SOLVE IF 10"
                        + " POINTS",
                "PA03 <= 30 MINUTES AFTER PA01 SOLVE OR PA02        | PA03 <= (30 MINUTES AFTER PA01 SOLVE OR PA02"
                        + " SOLVE)"
            })
    void parsesEveryConstructToItsCanonicalForm(String written, String expected) {
        assertThat(canonical(written)).containsExactly(expected);
        assertThat(canonical(expected))
                .as("the canonical form parses back to itself")
                .containsExactly(expected);
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsTheSource() throws RuleSyntaxException {
        String source = Puzzles.lines(
                "# opening puzzles",
                "PA01 <= +0:00   # at the start",
                "",
                "\t",
                "PA02 <= P#1 # P#1 is PA01",
                "PA03 <= PA02 SOLVE#no space before the comment");

        HuntRules rules = HuntRules.parse(source, FIVE);

        assertThat(rules.source()).isEqualTo(source);
        assertThat(rules.size()).isEqualTo(3);
        assertThat(rules.canonicalRules()).containsExactly("PA01 <= +0:00", "PA02 <= P#1 SOLVE", "PA03 <= PA02 SOLVE");
        assertThat(rules.explain(Puzzles.team().state(), Puzzles.START))
                .extracting(RuleTrace::line, RuleTrace::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "PA01 <= +0:00"),
                        org.assertj.core.groups.Tuple.tuple(5, "PA02 <= P#1"),
                        org.assertj.core.groups.Tuple.tuple(6, "PA03 <= PA02 SOLVE"));
    }

    @Test
    void acceptsWindowsAndOldMacLineEnds() {
        assertThat(canonical("PA02 <= PA01\r\nPA03 <= PA02\rPB04 <= PA03"))
                .containsExactly("PA02 <= PA01 SOLVE", "PA03 <= PA02 SOLVE", "PB04 <= PA03 SOLVE");
    }

    @Test
    void anEmptySourceHasNoRules() throws RuleSyntaxException {
        assertThat(HuntRules.parse("", FIVE).size()).isZero();
        assertThat(HuntRules.parse("# nothing yet\n\n", Map.of()).size()).isZero();
        assertThat(HuntRules.none().source()).isEmpty();
    }

    @Test
    void puzzleIdsAreCaseInsensitiveInTheMapToo() throws RuleSyntaxException {
        HuntRules rules = HuntRules.parse("Pab1 <= pcd2", Map.of("ab1", 1, "CD2", 2));

        assertThat(rules.canonicalRules()).containsExactly("PAB1 <= PCD2 SOLVE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PA02 PA01                          | 1 | 6  | expected \"<=\" but found \"PA01\"",
                "PA02 <=                            | 1 | 8  | expected a condition (a puzzle, +H:MM, N POINTS, N OF"
                        + " (...), N MINUTES AFTER ... or \"(\") but found end of line",
                "<= PA01                            | 1 | 1  | expected a puzzle (like PA5F or P#3), N POINTS or N"
                        + " HINTS but found \"<=\"",
                "PA02 <= PA01 PA03                  | 1 | 14 | expected end of line but found \"PA03\"",
                "PA02 <= PA01 SOLVED                | 1 | 14 | expected end of line but found \"SOLVED\"",
                "PA02 < PA01                        | 1 | 6  | unexpected character \"<\" (a rule is written \"... <="
                        + " ...\")",
                "PA02 <= PA01 & PA03                | 1 | 14 | unexpected character \"&\"",
                "PA02 <= -5 POINTS                  | 1 | 9  | unexpected character \"-\"",
                "PA02 <= 0 POINTS                   | 1 | 9  | the number must be at least 1",
                "0 HINTS <= PA01                    | 1 | 1  | the number must be at least 1",
                "PA02 <= 1000001 POINTS             | 1 | 9  | the number 1000001 is too large; at most 100000",
                "2 HINTS <= EVERY 0 MINUTES         | 1 | 18 | the number must be at least 1",
                "2 HINTS <= EVERY 5 MINUTES LIMIT 0 | 1 | 34 | the number must be at least 1",
                "PA02 <= +1:75                      | 1 | 9  | minutes must be 00 to 59 in +1:75 (hours:minutes)",
                "PA02 <= +1:5                       | 1 | 9  | expected two digits of minutes in a time like +1:30"
                        + " (hours:minutes)",
                "PA02 <= +90                        | 1 | 9  | expected a time since the start like +1:30"
                        + " (hours:minutes)",
                "PA02 <= 10 PUNKTE                  | 1 | 12 | expected OF, POINTS, MINUTES or HOURS but found"
                        + " \"PUNKTE\"",
                "PA02 <= 30 MINUTES PA01            | 1 | 20 | expected AFTER (as in \"30 MINUTES AFTER PA5F SOLVE\")"
                        + " but found \"PA01\"",
                "PA02 <= 30 MINUTES AFTER PA01      | 1 | 30 | expected SOLVE or UNLOCK (AFTER needs the moment"
                        + " spelled out, e.g. PA01 SOLVE) but found end of line",
                "PA02 <= 30 MINUTES AFTER 10 POINTS | 1 | 26 | expected a moment: +H:MM, a puzzle and SOLVE, or a"
                        + " puzzle and UNLOCK but found \"10\"",
                "PA02 <= (PA01 AND PA03             | 1 | 23 | expected \")\" but found end of line",
                "PA02 <= 3 OF (PA01, PA03)          | 1 | 9  | 3 OF needs at least 3 conditions; found 2",
                "PA02 <= 2 OF PA01, PA03            | 1 | 14 | expected \"(\" but found \"PA01\"",
                "[PA02 PA03] <= PA01                | 1 | 7  | expected \",\" or \"]\" but found \"PA03\"",
                "PA02 <= PA01 IF PA03               | 1 | 14 | IF can only follow \"EVERY ...\" or \"N MINUTES AFTER"
                        + " ...\"; use AND to combine conditions",
                "PA02 <= PA01 AND EVERY 5 MINUTES   | 1 | 18 | EVERY must come first, right after \"<=\"",
                "1 HINT <= EVERY 5 MINUTES IF PA01 AFTER PA02 SOLVE | 1 | 35 | expected AFTER, IF, LIMIT (in this"
                        + " order) or end of line but found \"AFTER\"",
                "1 HINT <= EVERY 5 DAYS             | 1 | 19 | expected MINUTES or HOURS but found \"DAYS\"",
                "2 PA01 POINTS <= PA02              | 1 | 8  | expected HINTS but found \"POINTS\"",
                "2 <= PA01                          | 1 | 3  | expected POINTS, HINTS or a puzzle and HINTS but found"
                        + " \"<=\"",
                "P# <= PA01                         | 1 | 3  | expected an order number after \"P#\", e.g. P#3"
            })
    void reportsSyntaxErrorsAtTheirLineAndColumn(String source, int line, int column, String message) {
        assertThat(errors(source)).containsExactly(new RuleError(line, column, message));
    }

    @Test
    void reportsOneErrorPerBrokenLineAndGoesOnWithTheNext() {
        String source = Puzzles.lines(
                "PA02 <= PA01",
                "PA03 <= PA02 OR",
                "# fine",
                "PB04 <= PZZZ",
                "PC05 <= 0 POINTS",
                "    [PA03, PC05] <= PQ1");

        assertThat(errors(source))
                .containsExactly(
                        new RuleError(
                                2,
                                16,
                                "expected a condition (a puzzle, +H:MM, N POINTS, N OF (...), "
                                        + "N MINUTES AFTER ... or \"(\") but found end of line"),
                        new RuleError(
                                4,
                                9,
                                "expected a condition (a puzzle, +H:MM, N POINTS, N OF (...), N MINUTES AFTER ... or"
                                        + " \"(\") but found \"PZZZ\" (a puzzle is P and its hex id, digits 0-9 and"
                                        + " letters A-F, or P# and its order number)"),
                        new RuleError(5, 9, "the number must be at least 1"),
                        new RuleError(
                                6,
                                21,
                                "expected a condition (a puzzle, +H:MM, N POINTS, N OF (...), N MINUTES AFTER ... or"
                                        + " \"(\") but found \"PQ1\" (a puzzle is P and its hex id, digits 0-9 and letters"
                                        + " A-F, or P# and its order number)"));
    }
}
