package io.quizhall.hunt.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** One token of a rule line; {@code text} is what the organiser wrote (for messages), columns are 1-based. */
record Token(Kind kind, String text, int line, int column) {

    private static final Pattern PUZZLE = Pattern.compile("P(X|[0-9A-F]+)");

    enum Kind {
        WORD,
        NUMBER,
        /** {@code +H:MM}, text without the plus. */
        TIME,
        /** {@code P#n}, text is the number. */
        ORDER_REF,
        ARROW,
        LBRACKET,
        RBRACKET,
        LPAREN,
        RPAREN,
        COMMA,
        END_OF_LINE
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    boolean is(String keyword) {
        return kind == Kind.WORD && upper().equals(keyword);
    }

    boolean isAny(String... keywords) {
        for (String keyword : keywords) {
            if (is(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** A puzzle reference: {@code P} and hex digits, {@code PX}, or {@code P#n}. */
    boolean isPuzzle() {
        if (kind == Kind.ORDER_REF) {
            return true;
        }
        return kind == Kind.WORD && PUZZLE.matcher(upper()).matches();
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END_OF_LINE -> "end of line";
            case TIME -> "\"+" + text + "\"";
            case ORDER_REF -> "\"P#" + text + "\"";
            default -> "\"" + text + "\"";
        };
    }
}
