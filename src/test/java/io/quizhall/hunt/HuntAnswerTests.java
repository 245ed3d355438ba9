package io.quizhall.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How answers are compared and auto-responses tried: the normalisation table of docs/hunts.md, row by row, the
 * order of auto-responses before correctness, pattern checks with a column, and organisers' patterns that would
 * backtrack catastrophically in a backtracking engine.
 */
class HuntAnswerTests {

    /** Flags: S allow_spaces, C case_sensitive, N allow_non_alphanumeric; "-" none. */
    @ParameterizedTest(name = "{0} under {1} is \"{2}\"")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Hello World      | - | helloworld",
                "Hello World      | S | hello world",
                "  Hello   World  | S | hello world",
                "Hello World      | C | HelloWorld",
                "Hello, World!    | - | helloworld",
                "Hello, World!    | N | hello,world!",
                "Hello, World!    | SN | hello, world!",
                "Hello, World!    | SCN | Hello, World!",
                "ＡＢＣ１２３        | - | abc123",
                "Straße           | - | strasse",
                "STRASSE          | - | strasse",
                "Ǆemal            | - | džemal",
                "café             | - | café",
                "cafe\u0301       | - | café",
                "Δ-9 ΣΟΦΊΑ        | - | δ9σοφία",
                "ﬁne              | - | fine",
                "½ pint           | - | 12pint",
                "½ pint           | N | 1⁄2pint",
                "日本 語          | - | 日本語",
                "x\u200By         | - | xy",
                "tab\there        | S | tab here",
                "rock'n'roll      | - | rocknroll",
                "2+2=4            | N | 2+2=4",
            })
    void normalisesExactlyAsTheTableSays(String input, String flags, String expected) {
        var parsed = new Answers.Flags(flags.contains("S"), flags.contains("C"), flags.contains("N"));
        assertThat(Answers.normalise(input, parsed)).isEqualTo(expected);
    }

    @Test
    void anAnswerMatchesWhateverNormalisesToTheSameText() {
        var none = new Answers.Flags(false, false, false);
        assertThat(Answers.matches("the  Great-Gatsby!", "The Great Gatsby", none))
                .isTrue();
        assertThat(Answers.matches("great gatsby", "The Great Gatsby", none)).isFalse();
        var caseSensitive = new Answers.Flags(false, true, false);
        assertThat(Answers.matches("the great gatsby", "The Great Gatsby", caseSensitive))
                .isFalse();
        var spaces = new Answers.Flags(true, false, false);
        assertThat(Answers.matches("thegreatgatsby", "The Great Gatsby", spaces))
                .isFalse();
        assertThat(Answers.matches("!!!", "!!!", none))
                .as("nothing left is never right")
                .isFalse();
    }

    @Test
    void autoResponsesAreTriedInOrderBeforeTheAnswer() {
        var puzzle = new HuntPuzzle(
                java.util.UUID.randomUUID(),
                new PuzzleContent(
                        "A1B",
                        1,
                        "Order",
                        PuzzleType.STANDARD,
                        "Great Gatsby",
                        new Answers.Flags(false, false, false),
                        "",
                        List.of(),
                        null,
                        null,
                        List.of(
                                new AutoResponses.Response("gatsby", "Keep going: the whole title."),
                                new AutoResponses.Response("great.*", "Almost."),
                                new AutoResponses.Response("greatgatsby", "Never reached: the one above matches.")),
                        null,
                        null));

        var first = puzzle.judge("Gatsby");
        assertThat(first.outcome()).isEqualTo(HuntPuzzle.Outcome.RESPONSE);
        assertThat(first.reply()).isEqualTo("Keep going: the whole title.");
        var second = puzzle.judge("Great Gatsby");
        assertThat(second.outcome())
                .as("a response that matches the answer wins: responses come first")
                .isEqualTo(HuntPuzzle.Outcome.RESPONSE);
        assertThat(second.reply()).isEqualTo("Almost.");
        assertThat(puzzle.judge("The Gatsby").outcome()).isEqualTo(HuntPuzzle.Outcome.INCORRECT);
        assertThat(AutoResponses.reply(List.of(new AutoResponses.Response("gats", "partial")), "gatsby"))
                .as("a pattern must match the whole submission")
                .isEmpty();
    }

    @Test
    void aCatastrophicPatternReturnsQuickly() {
        String input = "a".repeat(50_000) + "!";
        var responses = List.of(
                new AutoResponses.Response("(a+)+$", "never"),
                new AutoResponses.Response("(a|aa)*b", "never"),
                new AutoResponses.Response("(.*a){20}", "matches"));
        // A backtracking engine takes longer than the age of the universe on the first two; RE2/J is linear.
        var reply = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> AutoResponses.reply(responses, input));
        assertThat(reply).isEmpty();
        assertThat(java.util.regex.Pattern.compile("(a+)+$").matcher("aaaa").matches())
                .as("the same pattern is fine on short input")
                .isTrue();
    }

    @Test
    void anInvalidPatternIsRefusedWithItsColumn() {
        assertThat(AutoResponses.check("responses[0].pattern", "abc")).isEmpty();
        var unclosed = AutoResponses.check("responses[0].pattern", "ab(cd");
        assertThat(unclosed).hasValueSatisfying(error -> {
            assertThat(error.field()).isEqualTo("responses[0].pattern");
            assertThat(error.message()).startsWith("is not a valid pattern at column 1: missing closing )");
        });
        assertThat(AutoResponses.check("p", "abc x**").orElseThrow().message())
                .startsWith("is not a valid pattern at column 6: invalid nested repetition operator");
        assertThat(AutoResponses.check("p", "[z-a]").orElseThrow().message()).contains("column 2");
        assertThat(AutoResponses.check("p", "(?<=x)y"))
                .as("no look-behind in RE2")
                .isPresent();
    }

    @Test
    void joinCodesAvoidLookAlikes() {
        var codes = new JoinCodes();
        for (int i = 0; i < 1000; i++) {
            assertThat(codes.next()).hasSize(8).matches("[2-79ACDEFGHJKMNPRSTUVWXYZ]{8}");
        }
        assertThat(JoinCodes.ALPHABET).doesNotContain("B", "I", "L", "O", "Q", "0", "1", "8");
        assertThat(JoinCodes.normalise(" abcd-2345 ")).isEqualTo("ABCD2345");
    }
}
