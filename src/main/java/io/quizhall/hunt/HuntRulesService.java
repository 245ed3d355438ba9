package io.quizhall.hunt;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.hunt.HuntPayloads.RuleFiring;
import io.quizhall.hunt.HuntPayloads.RuleProblem;
import io.quizhall.hunt.HuntPayloads.RulesTestRequest;
import io.quizhall.hunt.HuntPayloads.RulesTestResult;
import io.quizhall.hunt.HuntPayloads.RulesView;
import io.quizhall.hunt.rules.RuleSyntaxException;
import io.quizhall.hunt.rules.TeamState;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hunt's unlock rules (docs/hunt-rules.md): saved only when they parse and fit the hunt's puzzles (faults by line
 * and column), and the organisers' tester, which shows what a team would have at a simulated time with simulated
 * solves. Saving makes every team due for evaluation, so new rules take effect at once on whichever node.
 */
@Service
public class HuntRulesService {

    static final int MAX_SOURCE_LENGTH = 20_000;

    private final HuntAccess access;
    private final PuzzleRepository puzzles;
    private final UnlockEvaluation evaluation;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    HuntRulesService(
            HuntAccess access,
            PuzzleRepository puzzles,
            UnlockEvaluation evaluation,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.access = access;
        this.puzzles = puzzles;
        this.evaluation = evaluation;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public RulesView read(UUID huntId, CurrentUser organiser) {
        return new RulesView(access.organised(huntId, organiser.id()).rules());
    }

    @Transactional
    public RulesView save(UUID huntId, @Nullable String source, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        String text = checked(source, puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId));
        Instant now = access.now();
        hunt.replaceRules(text, now);
        jdbc.sql("UPDATE hunt_teams SET next_evaluation_at = ? WHERE hunt_id = ?")
                .params(Timestamp.from(now), huntId)
                .update();
        audit.record(organiser, "hunt.rules", "hunt", huntId, Map.of("length", text.length()));
        return new RulesView(text);
    }

    /** What a team would have: nothing is saved, the rules given (or the saved ones) are only evaluated. */
    @Transactional(readOnly = true)
    public RulesTestResult test(UUID huntId, RulesTestRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        List<HuntPuzzle> all = puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId);
        String source = request.source() == null ? hunt.rules() : checked(request.source(), all);
        Instant start = request.start() == null ? hunt.startsAt() : request.start();
        Instant at = request.at() == null ? access.now() : request.at();
        Map<String, Instant> solves = new HashMap<>();
        if (request.solves() != null) {
            request.solves().forEach((id, when) -> {
                if (id != null && when != null) {
                    solves.put(id.strip().toUpperCase(Locale.ROOT), when);
                }
            });
        }
        try {
            var outcome = evaluation.outcome(source, all, start, solves, Map.of(), at);
            List<RuleFiring> firings = source.isBlank()
                    ? List.of()
                    : UnlockEvaluation.parse(source, all).explain(new TeamState(start, solves, Map.of()), at).stream()
                            .map(trace -> new RuleFiring(
                                    trace.line(),
                                    trace.rule(),
                                    trace.puzzle(),
                                    trace.times(),
                                    trace.firstFired(),
                                    trace.nextFiring()))
                            .toList();
            return new RulesTestResult(
                    outcome.unlocks(),
                    outcome.points(),
                    outcome.hints(),
                    outcome.puzzleHints(),
                    outcome.nextChange(),
                    firings);
        } catch (RuleSyntaxException broken) {
            throw invalid(broken);
        }
    }

    /** The rules if they parse and fit these puzzles; else a 400 problem listing every fault. */
    static String checked(@Nullable String source, List<HuntPuzzle> all) {
        String text = source == null ? "" : source.strip();
        if (text.length() > MAX_SOURCE_LENGTH) {
            throw InvalidFieldsException.of("rules", "must be at most " + MAX_SOURCE_LENGTH + " characters long");
        }
        if (text.isEmpty()) {
            return "";
        }
        try {
            UnlockEvaluation.parse(text, all);
            return text;
        } catch (RuleSyntaxException broken) {
            throw invalid(broken);
        }
    }

    /** Rules that still fit the puzzles after a change of them, else a 409 listing what would break. */
    static void stillFit(String source, List<HuntPuzzle> all) {
        if (source.isBlank()) {
            return;
        }
        try {
            UnlockEvaluation.parse(source, all);
        } catch (RuleSyntaxException broken) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "The hunt's unlock rules would no longer fit its puzzles. Change the rules first.",
                    Map.of("errors", problems(broken)));
        }
    }

    private static ApiException invalid(RuleSyntaxException broken) {
        List<RuleProblem> problems = problems(broken);
        String detail = problems.size() == 1
                ? "The rules have an error at line " + problems.get(0).line() + ", column "
                        + problems.get(0).column() + ": " + problems.get(0).message()
                : "The rules have " + problems.size() + " errors.";
        return new ApiException(ProblemType.VALIDATION_FAILED, detail, Map.of("errors", problems));
    }

    private static List<RuleProblem> problems(RuleSyntaxException broken) {
        return broken.errors().stream()
                .map(error -> new RuleProblem("rules", error.line(), error.column(), error.message()))
                .toList();
    }
}
