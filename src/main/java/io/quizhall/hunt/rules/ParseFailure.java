package io.quizhall.hunt.rules;

/** A problem on one line; the parser records it as a {@link RuleError} and goes on with the next line. */
final class ParseFailure extends RuntimeException {

    final int line;
    final int column;

    ParseFailure(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    RuleError toError() {
        return new RuleError(line, column, getMessage());
    }
}
