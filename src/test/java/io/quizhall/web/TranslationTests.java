package io.quizhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web client's message catalogue: German, French and Spanish translate every English text, Arabic the
 * player's screens; no translation has a key English lacks, and each keeps the English text's placeholders.
 */
class TranslationTests {

    private static final Path JS = Path.of("src/main/resources/static/js");
    private static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)':\\s*'((?:[^'\\\\]|\\\\.)*)',?\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    /**
     * Left in English on purpose: the product's name, and the RANGE bounds' labels, which the server's validation
     * errors name in English (QuizValidator.RANGE_LABELS).
     */
    private static final Set<String> UNTRANSLATED =
            Set.of("app.name", "home.title", "edit.min", "edit.max", "edit.minCorrect", "edit.maxCorrect");

    private static Map<String, String> catalogue(Path file) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        for (String line : Files.readAllLines(file)) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                entries.put(entry.group(1), entry.group(2));
            }
        }
        return entries;
    }

    private static Set<String> placeholders(String text) {
        var names = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().forEach(match -> names.add(match.group(1)));
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "ar"})
    void everyTranslationKeepsTheKeysAndPlaceholdersOfTheEnglishText(String language) throws IOException {
        Map<String, String> english = catalogue(JS.resolve("messages.js"));
        Map<String, String> translated = catalogue(JS.resolve("i18n/" + language + ".js"));
        assertThat(english).hasSizeGreaterThan(350);
        assertThat(english.keySet())
                .as("English has every key %s has", language)
                .containsAll(translated.keySet());
        translated.forEach((key, text) ->
                assertThat(placeholders(text)).as("%s %s", language, key).isEqualTo(placeholders(english.get(key))));
        var missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated.keySet());
        missing.removeAll(UNTRANSLATED);
        if (language.equals("ar")) {
            // Arabic covers what players see in a game.
            missing.removeIf(key -> !key.startsWith("play.") && !key.startsWith("kind.") && !key.startsWith("error."));
        }
        assertThat(missing).as("texts not translated to %s", language).isEmpty();
    }
}
