package io.quizhall.hunt;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.quizhall.shared.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * A puzzle's auto-responses (PuzzleSpring's Response): regular expressions with a reply, tried in their order
 * against the normalised submission before the answer is checked; the first whose pattern matches the whole
 * submission answers it. Patterns come from organisers, so they run under RE2/J, whose matching time is linear in
 * the input: no pattern can stall the server with catastrophic backtracking ({@code (a+)+$}).
 */
final class AutoResponses {

    /** One response as stored: the pattern and the reply (limited rich text). */
    record Response(String pattern, String reply) {}

    private AutoResponses() {}

    /**
     * Checks a pattern; an error names the field and the 1-based column in the pattern where RE2/J found the fault
     * (RE2/J reports the offending fragment, which we look up in the pattern).
     */
    static Optional<FieldError> check(String field, String pattern) {
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException invalid) {
            String fragment = invalid.getPattern();
            int at = fragment == null || fragment.isEmpty() ? pattern.length() : pattern.lastIndexOf(fragment);
            int column = Math.max(0, at) + 1;
            return Optional.of(new FieldError(
                    field, "is not a valid pattern at column " + column + ": " + invalid.getDescription()));
        }
    }

    /** The reply of the first response whose pattern matches all of {@code normalised}. */
    static Optional<String> reply(List<Response> responses, String normalised) {
        for (Response response : responses) {
            if (Pattern.compile(response.pattern()).matches(normalised)) {
                return Optional.of(response.reply());
            }
        }
        return Optional.empty();
    }
}
