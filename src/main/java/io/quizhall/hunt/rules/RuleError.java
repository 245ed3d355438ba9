package io.quizhall.hunt.rules;

/** One problem in an organiser's rules, at a 1-based line and column, with an English message for the organiser. */
public record RuleError(int line, int column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
