package io.quizhall.ladder;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A question on its way into the bank, already checked: a MULTIPLE one has four different options, a TRUE_FALSE
 * one has "True" and "False"; exactly one is right; at least one category. Every source builds one through
 * {@link #multiple} or {@link #trueFalse}, so the rules live in one place.
 */
record NewQuestion(
        QuestionKind kind,
        Difficulty difficulty,
        String text,
        List<String> options,
        int right,
        Set<String> categories) {

    static final int TEXT_MAX = 500;
    static final int OPTION_MAX = 200;

    /** A rule a candidate question broke, named by the field it concerns. */
    static final class Invalid extends RuntimeException {
        private final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    static NewQuestion multiple(
            Difficulty difficulty, String text, String rightOption, List<String> wrongOptions, Set<String> categories) {
        if (wrongOptions.size() != 3) {
            throw new Invalid("wrongOptions", "must have exactly 3 options");
        }
        List<String> options = new ArrayList<>();
        options.add(clean("rightOption", rightOption, OPTION_MAX));
        for (String wrong : wrongOptions) {
            options.add(clean("wrongOptions", wrong, OPTION_MAX));
        }
        if (options.stream().map(NewQuestion::fold).distinct().count() != 4) {
            throw new Invalid("wrongOptions", "must all differ from each other and from the right option");
        }
        return new NewQuestion(
                QuestionKind.MULTIPLE, difficulty, clean("text", text, TEXT_MAX), options, 0, checked(categories));
    }

    static NewQuestion trueFalse(Difficulty difficulty, String text, boolean answer, Set<String> categories) {
        return new NewQuestion(
                QuestionKind.TRUE_FALSE,
                difficulty,
                clean("text", text, TEXT_MAX),
                List.of("True", "False"),
                answer ? 0 : 1,
                checked(categories));
    }

    /** The key that makes two spellings of one question the same question: NFKC, case and spaces folded. */
    static String textKey(String text) {
        return io.quizhall.shared.SecureTokens.sha256Hex(fold(text));
    }

    String textKey() {
        return textKey(text);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Set<String> checked(Set<String> categories) {
        if (categories.isEmpty()) {
            throw new Invalid("categories", "must name at least one category");
        }
        return Set.copyOf(categories);
    }

    private static String clean(String field, @Nullable String value, int max) {
        String text = value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFKC)
                        .replaceAll("[\\p{Cc}\\p{Cf}]", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
        if (text.isEmpty()) {
            throw new Invalid(field, "must not be blank");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new Invalid(field, "must be at most " + max + " characters");
        }
        return text;
    }
}
