package io.quizhall.community;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed into the search box, reduced to words: letters and digits only, so nothing of it can be
 * tsquery syntax. Each word matches as a prefix ("photo" finds "photosynthesis"), all words must match.
 *
 * @param words the words, lower-cased, at most the configured number
 * @param text the words joined by spaces, for the typo-tolerant title match
 */
record SearchText(List<String> words, String text) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_WORD_LENGTH = 50;

    SearchText {
        words = List.copyOf(words);
    }

    static SearchText parse(String query, int maxWords) {
        String normalised = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(normalised)) {
            if (!word.isEmpty() && words.size() < maxWords) {
                words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
            }
        }
        return new SearchText(words, String.join(" ", words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The tsquery: every word as a prefix, all required ({@code rome:* & empire:*}). */
    String tsquery() {
        return String.join(" & ", words.stream().map(word -> word + ":*").toList());
    }
}
