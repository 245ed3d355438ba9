package io.quizhall.hunt.rules;

import java.util.List;

/** The rules could not be saved: every problem found, each with its line and column. */
public final class RuleSyntaxException extends Exception {

    private final List<RuleError> errors;

    RuleSyntaxException(List<RuleError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }

    private static String summary(List<RuleError> errors) {
        String first = errors.isEmpty() ? "invalid rules" : errors.get(0).toString();
        return errors.size() <= 1 ? first : errors.size() + " problems in the rules; first: " + first;
    }
}
