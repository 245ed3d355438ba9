package io.quizhall.hunt;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a submission and an answer are compared (docs/hunts.md, "Normalisation"): both are normalised under the
 * puzzle's flags and must then be equal. In this order: NFKC; unless {@code caseSensitive}, case folding (upper then
 * lower case in the root locale, then NFKC again, so {@code ß} equals {@code SS}); unless {@code allowSpaces}, every
 * white space character removed (with it, leading and trailing space trimmed and inner runs made one space);
 * unless {@code allowNonAlphanumeric}, everything but letters, digits and combining marks (Unicode categories L, Nd,
 * Nl, No, M) removed.
 */
final class Answers {

    /** A puzzle's flags. */
    record Flags(boolean allowSpaces, boolean caseSensitive, boolean allowNonAlphanumeric) {}

    private Answers() {}

    static String normalise(String text, Flags flags) {
        String result = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!flags.caseSensitive()) {
            result = Normalizer.normalize(
                    result.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        }
        var out = new StringBuilder(result.length());
        boolean pendingSpace = false;
        for (int i = 0; i < result.length(); ) {
            int codePoint = result.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                pendingSpace = flags.allowSpaces();
                continue;
            }
            if (!flags.allowNonAlphanumeric() && !alphanumeric(codePoint)) {
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    static boolean matches(String submission, String answer, Flags flags) {
        String normalised = normalise(submission, flags);
        return !normalised.isEmpty() && normalised.equals(normalise(answer, flags));
    }

    private static boolean alphanumeric(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }
}
