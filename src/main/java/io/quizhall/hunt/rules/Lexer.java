package io.quizhall.hunt.rules;

import io.quizhall.hunt.rules.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits one line of rules into tokens; {@code #} starts a comment that runs to the end of the line. */
final class Lexer {

    private final String text;
    private final int line;
    private int pos;

    private Lexer(String text, int line) {
        this.text = text;
        this.line = line;
    }

    /** The line's tokens, ending with {@link Kind#END_OF_LINE}; throws on a character that cannot start a token. */
    static List<Token> tokens(String text, int line) {
        return new Lexer(text, line).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int column = pos + 1;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pos++;
            } else if (c == '#') {
                break;
            } else if (isAsciiLetter(c)) {
                int begin = pos;
                while (pos < text.length() && isWordChar(text.charAt(pos))) {
                    pos++;
                }
                String word = text.substring(begin, pos);
                if ((word.equals("P") || word.equals("p")) && pos < text.length() && text.charAt(pos) == '#') {
                    pos++;
                    String digits = digits();
                    if (digits.isEmpty()) {
                        throw new ParseFailure(line, pos + 1, "expected an order number after \"P#\", e.g. P#3");
                    }
                    tokens.add(new Token(Kind.ORDER_REF, digits, line, column));
                } else {
                    tokens.add(new Token(Kind.WORD, word, line, column));
                }
            } else if (isDigit(c)) {
                tokens.add(new Token(Kind.NUMBER, digits(), line, column));
            } else if (c == '+') {
                pos++;
                String hours = digits();
                if (hours.isEmpty() || pos >= text.length() || text.charAt(pos) != ':') {
                    throw new ParseFailure(line, column, "expected a time since the start like +1:30 (hours:minutes)");
                }
                pos++;
                String minutes = digits();
                if (minutes.length() != 2) {
                    throw new ParseFailure(
                            line, column, "expected two digits of minutes in a time like +1:30 (hours:minutes)");
                }
                tokens.add(new Token(Kind.TIME, hours + ":" + minutes, line, column));
            } else if (c == '<') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '=') {
                    tokens.add(new Token(Kind.ARROW, "<=", line, column));
                    pos += 2;
                } else {
                    throw new ParseFailure(
                            line, column, "unexpected character \"<\" (a rule is written \"... <= ...\")");
                }
            } else {
                Kind kind = switch (c) {
                    case '[' -> Kind.LBRACKET;
                    case ']' -> Kind.RBRACKET;
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case ',' -> Kind.COMMA;
                    default -> throw new ParseFailure(line, column, "unexpected character " + shown(c));
                };
                tokens.add(new Token(kind, String.valueOf(c), line, column));
                pos++;
            }
        }
        tokens.add(new Token(Kind.END_OF_LINE, "", line, text.length() + 1));
        return tokens;
    }

    private String digits() {
        int begin = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(begin, pos);
    }

    private static String shown(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "\"" + c + "\"";
        }
        return String.format("U+%04X", (int) c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '_';
    }
}
