package io.quizhall.ladder;

import io.quizhall.account.CurrentUser;
import io.quizhall.ladder.LadderPayloads.AnswerRequest;
import io.quizhall.ladder.LadderPayloads.AnswerResult;
import io.quizhall.ladder.LadderPayloads.HistoryEntry;
import io.quizhall.ladder.LadderPayloads.LifelineState;
import io.quizhall.ladder.LadderPayloads.OpenQuestion;
import io.quizhall.ladder.LadderPayloads.OptionView;
import io.quizhall.ladder.LadderPayloads.PhoneSuggestion;
import io.quizhall.ladder.LadderPayloads.Poll;
import io.quizhall.ladder.LadderPayloads.PollShare;
import io.quizhall.ladder.LadderPayloads.RunView;
import io.quizhall.ladder.LadderPayloads.StepResult;
import io.quizhall.shared.InvalidFieldsException;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs up a ladder: start, resume by code, answer, walk away, lifelines, history. Every change of a run happens
 * with its row locked, so double submits, retries and a second device take turns; the deadline is the server's
 * clock, and a run whose deadline passed is ended by whichever request (or the sweeper) sees it first.
 */
@Service
public class LadderService {

    private static final Logger log = LoggerFactory.getLogger(LadderService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RunRepository runs;
    private final StepRepository steps;
    private final LadderCatalog ladders;
    private final QuestionBank bank;
    private final QuestionDraw draw;
    private final RunCodes codes;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final LadderProperties properties;
    private final io.quizhall.shared.RateLimiter rateLimiter;
    private final Clock clock;

    LadderService(
            RunRepository runs,
            StepRepository steps,
            LadderCatalog ladders,
            QuestionBank bank,
            QuestionDraw draw,
            RunCodes codes,
            JdbcClient jdbc,
            EntityManager entityManager,
            TransactionTemplate transactions,
            LadderProperties properties,
            io.quizhall.shared.RateLimiter rateLimiter,
            Clock clock) {
        this.runs = runs;
        this.steps = steps;
        this.ladders = ladders;
        this.bank = bank;
        this.draw = draw;
        this.codes = codes;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.properties = properties;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    /**
     * Starts a run with a fresh code. The code's uniqueness and "one active run per ladder" are both held by the
     * database: a taken code is retried with a new one, an active run is reported with its code to resume.
     */
    public RunView start(@Nullable String ladderSlug, CurrentUser user) {
        LadderConfig ladder = ladderSlug == null || ladderSlug.isBlank()
                ? ladders.defaultLadder()
                        .orElseThrow(() -> new io.quizhall.shared.NotFoundException("No default ladder"))
                : ladders.bySlug(ladderSlug);
        rateLimiter.consumeOrThrow(
                "ladder-start:" + user.id(),
                new io.quizhall.shared.RateLimiter.Limit(properties.runsPerHour(), java.time.Duration.ofHours(1)),
                "You have started as many runs as an hour allows.");
        for (int attempt = 1; attempt <= properties.codeAttempts(); attempt++) {
            String code = codes.next();
            try {
                return transactions.execute(status -> {
                    Instant now = now();
                    LadderRun run =
                            runs.saveAndFlush(new LadderRun(code, ladder.id(), user.id(), user.username(), now));
                    ask(run, ladder, now);
                    return view(run, ladder, now);
                });
            } catch (DataIntegrityViolationException conflict) {
                String constraint = constraintOf(conflict);
                if ("ladder_runs_code_key".equals(constraint)) {
                    log.info("Run code collision on attempt {}; drawing another", attempt);
                    continue;
                }
                if ("ladder_runs_one_active".equals(constraint)) {
                    String active = runs.findByUserIdAndLadderIdAndStatus(user.id(), ladder.id(), RunStatus.ACTIVE)
                            .map(LadderRun::code)
                            .orElse("");
                    throw new LadderExceptions.RunActive(active);
                }
                throw conflict;
            }
        }
        throw new IllegalStateException("No free run code after " + properties.codeAttempts() + " attempts");
    }

    /** The run as it stands now (a passed deadline ends it first); the same from any device of its player. */
    @Transactional
    public RunView get(String code, CurrentUser user) {
        LadderRun run = lock(code, user);
        LadderConfig ladder = ladders.byId(run.ladderId());
        Instant now = now();
        expireIfLate(run, now);
        return view(run, ladder, now);
    }

    /**
     * Answers the open level. Idempotent: an answer to a level that is already decided (by this answer sent twice,
     * from another device, or by the deadline) returns that decision and changes nothing.
     */
    @Transactional
    public AnswerResult answer(String code, AnswerRequest request, CurrentUser user) {
        LadderRun run = lock(code, user);
        LadderConfig ladder = ladders.byId(run.ladderId());
        Instant now = now();
        RunStep step = steps.findLive(run.id(), request.level(), RunStep.Outcome.SWITCHED)
                .orElseThrow(() -> new LadderExceptions.LevelNotReached(request.level(), run.level()));
        if (!step.open()) {
            return new AnswerResult(result(step), view(run, ladder, now));
        }
        if (!run.active()) {
            throw new LadderExceptions.RunFinished(run.code());
        }
        if (step.expired(now, properties.answerGrace())) {
            step.close(RunStep.Outcome.TIMED_OUT);
            run.failed(RunStatus.TIMED_OUT, now);
            return new AnswerResult(result(step), view(run, ladder, now));
        }
        BankQuestion question = bank.get(step.questionId());
        if (!question.hasOption(request.optionId()) || step.removedOptions().contains(request.optionId())) {
            throw InvalidFieldsException.of("optionId", "is not an option of this question");
        }
        boolean right = question.right().id().equals(request.optionId());
        step.answer(request.optionId(), right, now);
        if (right) {
            run.answeredRight(ladder, now);
            if (run.active()) {
                ask(run, ladder, now);
            }
        } else {
            run.failed(RunStatus.WRONG, now);
        }
        return new AnswerResult(result(step), view(run, ladder, now));
    }

    /**
     * Stops the run with the prize of the last level answered right. Too late (the deadline passed) it is a
     * conflict, and the run's end by the deadline is kept all the same.
     */
    @Transactional(noRollbackFor = LadderExceptions.RunFinished.class)
    public RunView walkAway(String code, CurrentUser user) {
        LadderRun run = lock(code, user);
        LadderConfig ladder = ladders.byId(run.ladderId());
        Instant now = now();
        if (expireIfLate(run, now)) {
            throw new LadderExceptions.RunFinished(run.code());
        }
        openStep(run).ifPresent(step -> step.close(RunStep.Outcome.WALKED_AWAY));
        run.walkAway(now);
        return view(run, ladder, now);
    }

    /**
     * Uses a lifeline on the open question. Each works once per run; asking for a used one that shows something
     * (50:50, audience, phone) on the same question shows the same thing again instead of failing. After the
     * deadline it is a conflict, and the run's end by the deadline is kept.
     */
    @Transactional(noRollbackFor = LadderExceptions.RunFinished.class)
    public RunView lifeline(String code, Lifeline lifeline, CurrentUser user) {
        LadderRun run = lock(code, user);
        LadderConfig ladder = ladders.byId(run.ladderId());
        Instant now = now();
        if (expireIfLate(run, now) || !run.active()) {
            throw new LadderExceptions.RunFinished(run.code());
        }
        RunStep step = openStep(run).orElseThrow(() -> new LadderExceptions.RunFinished(run.code()));
        if (run.used(lifeline)) {
            boolean shownHere = switch (lifeline) {
                case FIFTY_FIFTY -> !step.removedOptions().isEmpty();
                case AUDIENCE -> step.audience() != null;
                case PHONE -> step.phone() != null;
                case SWITCH -> false;
            };
            if (shownHere) {
                return view(run, ladder, now);
            }
            throw new LadderExceptions.LifelineUsed(lifeline);
        }
        BankQuestion question = bank.get(step.questionId());
        switch (lifeline) {
            case FIFTY_FIFTY -> {
                if (question.kind() != QuestionKind.MULTIPLE) {
                    throw new LadderExceptions.LifelineUnavailable(lifeline, "the question has only two options");
                }
                List<UUID> wrong = new ArrayList<>(
                        question.wrong().stream().map(BankQuestion.Option::id).toList());
                java.util.Collections.shuffle(wrong, RANDOM);
                step.removed(wrong.subList(0, 2));
            }
            case AUDIENCE -> step.audience(poll(question, step));
            case SWITCH -> {
                step.close(RunStep.Outcome.SWITCHED);
                steps.flush();
                run.use(lifeline);
                ask(run, ladder, now);
                return view(run, ladder, now);
            }
            case PHONE -> {
                if (!properties.phoneAFriend() || !ladder.phoneAFriend()) {
                    throw new LadderExceptions.LifelineUnavailable(lifeline, "this ladder does not offer it");
                }
                step.phone(phone(question, step));
            }
        }
        run.use(lifeline);
        return view(run, ladder, now);
    }

    /** My runs, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(CurrentUser user, int page, int size) {
        Map<UUID, String> slugs = new LinkedHashMap<>();
        return runs.findByUserIdOrderByStartedAtDesc(user.id(), PageRequest.of(page, size)).stream()
                .map(run -> new HistoryEntry(
                        run.code(),
                        slugs.computeIfAbsent(
                                run.ladderId(), id -> ladders.byId(id).slug()),
                        run.status(),
                        run.level(),
                        levelsWon(run),
                        run.finalPrize() != null ? run.finalPrize() : run.bankedPrize(),
                        run.lifelinesUsed(),
                        run.startedAt(),
                        run.finishedAt(),
                        run.durationMs()))
                .toList();
    }

    /** Ends the runs whose question's deadline passed without an answer, so leaderboards see them. */
    @Scheduled(
            fixedDelayString = "${quizhall.ladder.sweep-interval:30s}",
            initialDelayString = "${quizhall.ladder.sweep-interval:30s}")
    void sweepExpiredRuns() {
        try {
            Instant before = now().minus(properties.answerGrace());
            for (String code :
                    runs.codesOfExpired(RunStatus.ACTIVE, RunStep.Outcome.OPEN, before, PageRequest.of(0, 500))) {
                transactions.executeWithoutResult(
                        status -> runs.lockByCode(code).ifPresent(run -> expireIfLate(run, now())));
            }
        } catch (RuntimeException failure) {
            // The database is away: the next pass, or the player's next request, ends these runs.
            log.warn("Could not end expired ladder runs: {}", failure.getClass().getSimpleName());
        }
    }

    /** The server's time at PostgreSQL's precision, so that what is stored compares equal to what was decided. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private LadderRun lock(String code, CurrentUser user) {
        String normalised = RunCodes.normalise(code);
        return runs.lockByCode(normalised)
                .filter(run -> run.belongsTo(user.id()))
                .orElseThrow(() -> LadderExceptions.runNotFound(normalised));
    }

    private java.util.Optional<RunStep> openStep(LadderRun run) {
        return steps.findLive(run.id(), run.level(), RunStep.Outcome.SWITCHED).filter(RunStep::open);
    }

    /** True if the open question's deadline had passed: the run is then over, as after a wrong answer. */
    private boolean expireIfLate(LadderRun run, Instant now) {
        if (!run.active()) {
            return false;
        }
        var step = openStep(run);
        if (step.isPresent() && step.get().expired(now, properties.answerGrace())) {
            step.get().close(RunStep.Outcome.TIMED_OUT);
            run.failed(RunStatus.TIMED_OUT, now);
            return true;
        }
        return false;
    }

    /** Draws and opens the question of the run's current level. */
    private void ask(LadderRun run, LadderConfig ladder, Instant now) {
        LadderConfig.Level level = ladder.level(run.level());
        steps.flush();
        UUID questionId = draw.draw(run.userId(), run.id(), level.difficulty(), ladder.categories())
                .orElseThrow(() -> new LadderExceptions.NoQuestions(level.difficulty()));
        entityManager.persist(new RunStep(run, questionId, now, level.seconds()));
    }

    private RunStep.Audience poll(BankQuestion question, RunStep step) {
        List<UUID> shown = question.options().stream()
                .map(BankQuestion.Option::id)
                .filter(id -> !step.removedOptions().contains(id))
                .toList();
        Map<UUID, Long> counts = new LinkedHashMap<>();
        shown.forEach(id -> counts.put(id, 0L));
        jdbc.sql("""
                        SELECT chosen_option_id, count(*) AS n FROM ladder_run_steps
                        WHERE question_id = ? AND chosen_option_id IS NOT NULL GROUP BY 1""").param(question.id()).query().listOfRows().forEach(row -> {
            UUID option = (UUID) row.get("chosen_option_id");
            if (counts.containsKey(option)) {
                counts.put(option, ((Number) row.get("n")).longValue());
            }
        });
        long answers = counts.values().stream().mapToLong(Long::longValue).sum();
        if (answers >= properties.audienceMinAnswers()) {
            return new RunStep.Audience(AudiencePoll.fromCounts(counts), false, answers);
        }
        return new RunStep.Audience(
                AudiencePoll.estimate(question.right().id(), shown, question.difficulty(), RANDOM), true, answers);
    }

    /** The friend is right with a probability that falls with difficulty (90 / 75 / 55 %), and says how sure. */
    private RunStep.PhoneAnswer phone(BankQuestion question, RunStep step) {
        double rightChance = switch (question.difficulty()) {
            case EASY -> 0.90;
            case MEDIUM -> 0.75;
            case HARD -> 0.55;
            case UNASSIGNED -> 0.70;
        };
        List<UUID> wrong = question.wrong().stream()
                .map(BankQuestion.Option::id)
                .filter(id -> !step.removedOptions().contains(id))
                .toList();
        boolean saysRight = wrong.isEmpty() || RANDOM.nextDouble() < rightChance;
        UUID suggestion = saysRight ? question.right().id() : wrong.get(RANDOM.nextInt(wrong.size()));
        int confidence = (int) Math.round(rightChance * 100) + RANDOM.nextInt(-10, 11);
        return new RunStep.PhoneAnswer(suggestion, Math.max(10, Math.min(99, confidence)));
    }

    private StepResult result(RunStep step) {
        BankQuestion question = bank.get(step.questionId());
        return new StepResult(
                step.level(),
                step.questionId(),
                step.outcome().name(),
                step.chosenOptionId(),
                question.right().id(),
                step.answeredAt());
    }

    private static int levelsWon(LadderRun run) {
        return run.status() == RunStatus.WON ? run.level() : run.level() - 1;
    }

    private RunView view(LadderRun run, LadderConfig ladder, Instant now) {
        steps.flush();
        List<RunStep> all = steps.findByRunIdOrderByAskedAtAscLevelAsc(run.id());
        RunStep open = null;
        RunStep last = null;
        for (RunStep step : all) {
            if (step.open()) {
                open = step;
            } else if (step.outcome() != RunStep.Outcome.SWITCHED) {
                last = step;
            }
        }
        List<LifelineState> lifelines = LadderPayloads.lifelines(ladder, properties.phoneAFriend()).stream()
                .map(Lifeline::ofSlug)
                .map(lifeline ->
                        new LifelineState(lifeline.slug(), run.used(lifeline), run.active() && !run.used(lifeline)))
                .toList();
        return new RunView(
                run.code(),
                ladder.slug(),
                ladder.name(),
                run.status(),
                run.level(),
                run.bankedPrize(),
                run.safePrize(),
                run.finalPrize(),
                LadderPayloads.levels(ladder),
                lifelines,
                open != null && run.active() ? openQuestion(open, ladder, now) : null,
                last == null ? null : result(last),
                run.startedAt(),
                run.finishedAt(),
                now);
    }

    /** What the player may see of the open question: never which option is right (PayloadLeakTests). */
    private OpenQuestion openQuestion(RunStep step, LadderConfig ladder, Instant now) {
        BankQuestion question = bank.get(step.questionId());
        List<UUID> removed = step.removedOptions();
        Poll poll = null;
        var audience = step.audience();
        if (audience != null) {
            poll = new Poll(
                    audience.percentages().entrySet().stream()
                            .map(entry -> new PollShare(entry.getKey(), entry.getValue()))
                            .sorted(java.util.Comparator.comparingInt(share -> position(question, share.optionId())))
                            .toList(),
                    audience.estimated(),
                    audience.answers());
        }
        var phone = step.phone();
        return new OpenQuestion(
                step.level(),
                question.id(),
                question.text(),
                question.kind(),
                question.difficulty(),
                question.categories(),
                question.options().stream()
                        .filter(option -> !removed.contains(option.id()))
                        .map(option -> new OptionView(option.id(), option.text()))
                        .toList(),
                removed,
                step.askedAt(),
                step.deadline(),
                ladder.level(step.level()).seconds(),
                Math.max(0, java.time.Duration.between(now, step.deadline()).toMillis()),
                poll,
                phone == null ? null : new PhoneSuggestion(phone.optionId(), phone.confidence()));
    }

    private static int position(BankQuestion question, UUID optionId) {
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).id().equals(optionId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static @Nullable String constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                String next = constraintOf(sql.getNextException());
                if (next != null) {
                    return next;
                }
            }
        }
        return null;
    }
}
