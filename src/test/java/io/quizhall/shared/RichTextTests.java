package io.quizhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RichTextTests {

    @Test
    void keepsTheAllowlistedElementsWithoutAttributes() {
        String all = "<b>b</b><strong>s</strong><i>i</i><em>e</em><small>sm</small><mark>m</mark>"
                + "<del>d</del><sub>2</sub><sup>3</sup>";

        assertThat(RichText.sanitize(all)).isEqualTo(all);
        assertThat(RichText.sanitize("<B class=\"x\" style=\"color:red\" onclick=\"alert(1)\">bold</B>"))
                .isEqualTo("<b>bold</b>");
    }

    @Test
    void dropsOtherElementsButKeepsTheirText() {
        assertThat(RichText.sanitize("<p>para</p><a href=\"javascript:alert(1)\">link</a><u>u</u>"))
                .isEqualTo("paralinku");
        assertThat(RichText.sanitize("<script>alert(1)</script>after<style>b{}</style>"))
                .isEqualTo("after");
    }

    @Test
    void escapesOnlyWhatHtmlNeedsAndKeepsTheRestReadable() {
        assertThat(RichText.sanitize("2 < 3 & 4 > 1")).isEqualTo("2 &lt; 3 &amp; 4 &gt; 1");
        assertThat(RichText.sanitize("What's \"1+1\" = @x `y` 😀 ü")).isEqualTo("What's \"1+1\" = @x `y` 😀 ü");
    }

    @Test
    void readsInputAsHtmlSoEscapedTextStaysAndUnknownTagsGo() {
        assertThat(RichText.sanitize("a &lt;tag&gt; and a <tag>")).isEqualTo("a &lt;tag&gt; and a");
    }

    @Test
    void visibleTextHasNoMarkupAndDecodedEntities() {
        assertThat(RichText.visibleText(RichText.sanitize("<b>R&amp;D</b> &lt;3 <i>x</i>")))
                .isEqualTo("R&D <3 x");
    }

    @Test
    void stripsSurroundingWhitespaceAndControlCharacters() {
        assertThat(RichText.sanitize("  a\u0000b\u0007c \n")).isEqualTo("abc");
    }

    static Stream<String> inputs() {
        return Stream.concat(
                Stream.of(
                        "2 < 3 & 4",
                        "2 &lt; 3 &amp; 4",
                        "&amp;amp;",
                        "What's \"1+1\" = @x `y`",
                        "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
                        "<b>unclosed",
                        "<<b>>",
                        "&#x3C;script&#x3E;",
                        "&#60;b&#62;",
                        "&#0; &#xD800; &#x110000; &#9;",
                        "<textarea><b>x</b></textarea>",
                        "  spaced  \n line  "),
                io.quizhall.support.XssVectors.all());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void isIdempotentSoSavingAgainChangesNothing(String input) {
        String once = RichText.sanitize(input);

        assertThat(RichText.sanitize(once)).isEqualTo(once);
    }
}
