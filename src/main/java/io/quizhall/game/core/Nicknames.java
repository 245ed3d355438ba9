package io.quizhall.game.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Nickname rules: NFKC-normalised, trimmed, inner white space collapsed, no control, format (zero-width, bidi)
 * or unassigned characters, 1 to {@code maxLength} characters; two nicknames clash when their case-folded forms
 * are equal.
 */
public final class Nicknames {

    private Nicknames() {}

    static String normalize(String raw, int maxLength) {
        String nickname = tidy(raw);
        int length = length(nickname);
        if (length == 0) {
            throw GameExceptions.invalidNickname("Choose a nickname with at least one visible character.");
        }
        if (length > maxLength) {
            throw GameExceptions.invalidNickname("A nickname has at most " + maxLength + " characters.");
        }
        return nickname;
    }

    /** Characters (code points), as the limits count them. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text under the nickname rules, without the length check; empty if nothing visible remains. */
    public static String tidy(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        var clean = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int codePoint = nfkc.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                if (Character.isWhitespace(codePoint) || type == Character.LINE_SEPARATOR) {
                    space = true;
                }
                continue;
            }
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                space = true;
                continue;
            }
            if (space && !clean.isEmpty()) {
                clean.append(' ');
            }
            space = false;
            clean.appendCodePoint(codePoint);
        }
        return clean.toString();
    }

    /** The form two nicknames are compared in. */
    public static String fold(String nickname) {
        return Normalizer.normalize(nickname.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }
}
