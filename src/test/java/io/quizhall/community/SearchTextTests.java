package io.quizhall.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void keepsOnlyWordsAndMakesEachAPrefix() {
        SearchText text = SearchText.parse("  Rome's EMPIRE & (fall) :* ", 8);

        assertThat(text.words()).containsExactly("rome", "s", "empire", "fall");
        assertThat(text.tsquery()).isEqualTo("rome:* & s:* & empire:* & fall:*");
    }

    @Test
    void keepsLettersOfEveryScriptAndLimitsTheWords() {
        SearchText text = SearchText.parse("Größe café 東京 один два три", 5);

        assertThat(text.words()).containsExactly("größe", "café", "東京", "один", "два");
    }

    @Test
    void syntaxAloneIsNoSearch() {
        assertThat(SearchText.parse("& | ! ( ) :*", 8).isEmpty()).isTrue();
    }
}
