package io.quizhall.ladder;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.util.Map;

/**
 * The ladder's refusals. Conflicts share the {@code conflict} problem type and say which rule they hit in a stable
 * {@code reason} member (docs/ladder.md, "Errors").
 */
final class LadderExceptions {

    private LadderExceptions() {}

    static NotFoundException runNotFound(String code) {
        // Someone else's run looks exactly like a code that does not exist.
        return new NotFoundException("No run of yours with the code " + code);
    }

    static final class RunFinished extends ApiException {
        RunFinished(String code) {
            super(ProblemType.CONFLICT, "The run " + code + " is over.", Map.of("reason", "run-finished"));
        }
    }

    static final class RunActive extends ApiException {
        RunActive(String activeCode) {
            super(
                    ProblemType.CONFLICT,
                    "You already have a run on this ladder; resume it or walk away first.",
                    Map.of("reason", "run-active", "runCode", activeCode));
        }
    }

    static final class LifelineUsed extends ApiException {
        LifelineUsed(Lifeline lifeline) {
            super(
                    ProblemType.CONFLICT,
                    "The lifeline " + lifeline.slug() + " was already used in this run.",
                    Map.of("reason", "lifeline-used", "lifeline", lifeline.slug()));
        }
    }

    static final class LifelineUnavailable extends ApiException {
        LifelineUnavailable(Lifeline lifeline, String why) {
            super(
                    ProblemType.CONFLICT,
                    "The lifeline " + lifeline.slug() + " is not available: " + why,
                    Map.of("reason", "lifeline-unavailable", "lifeline", lifeline.slug()));
        }
    }

    static final class LevelNotReached extends ApiException {
        LevelNotReached(int level, int current) {
            super(
                    ProblemType.CONFLICT,
                    "Level " + level + " is not open; the run is at level " + current + ".",
                    Map.of("reason", "level-not-open", "currentLevel", current));
        }
    }

    static final class NoQuestions extends ApiException {
        NoQuestions(Difficulty difficulty) {
            super(
                    ProblemType.CONFLICT,
                    "The bank has no approved " + difficulty + " question for this ladder.",
                    Map.of("reason", "no-questions"));
        }
    }
}
