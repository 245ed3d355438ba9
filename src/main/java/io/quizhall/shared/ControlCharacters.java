package io.quizhall.shared;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for control characters in text a client sends: C0 controls other than tab, line feed and carriage
 * return, DEL, C1 controls and unpaired surrogates are refused. PostgreSQL cannot store U+0000 at all, and none of
 * them belongs in a name, a title or an answer. docs/errors.md states the rule.
 */
public final class ControlCharacters {

    /** The message of the field error that names the offending field. */
    public static final String MESSAGE = "must not contain control characters";

    private ControlCharacters() {}

    public static boolean in(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
