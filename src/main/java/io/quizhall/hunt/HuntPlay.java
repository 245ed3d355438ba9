package io.quizhall.hunt;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.HuntPayloads.HuntUpdate;
import io.quizhall.hunt.HuntPayloads.PuzzleState;
import io.quizhall.hunt.HuntPayloads.PuzzleSummary;
import io.quizhall.hunt.HuntPayloads.PuzzleView;
import io.quizhall.hunt.HuntPayloads.SubmissionResult;
import io.quizhall.hunt.HuntPayloads.SubmissionView;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.RateLimitedException;
import io.quizhall.shared.RateLimiter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playing a hunt: a team's puzzle list and pages, answers (judged, rate-limited and recorded under the team row's
 * lock, so limits and the one solve per puzzle hold across nodes), and after the hunt the public view where anyone
 * may check answers without anything being recorded.
 */
@Service
public class HuntPlay {

    private static final RateLimiter.Limit PREPUZZLE_CHECKS = new RateLimiter.Limit(30, Duration.ofMinutes(1));
    private static final RateLimiter.Limit ENDED_CHECKS = new RateLimiter.Limit(60, Duration.ofMinutes(1));
    private static final int HISTORY = 100;

    private final HuntAccess access;
    private final PuzzleRepository puzzles;
    private final TeamRepository teams;
    private final JdbcClient jdbc;
    private final HuntProperties properties;
    private final HuntLog log;
    private final UnlockEvaluation evaluation;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;

    HuntPlay(
            HuntAccess access,
            PuzzleRepository puzzles,
            TeamRepository teams,
            JdbcClient jdbc,
            HuntProperties properties,
            HuntLog log,
            UnlockEvaluation evaluation,
            RateLimiter rateLimiter,
            ApplicationEventPublisher events) {
        this.access = access;
        this.puzzles = puzzles;
        this.teams = teams;
        this.jdbc = jdbc;
        this.properties = properties;
        this.log = log;
        this.evaluation = evaluation;
        this.rateLimiter = rateLimiter;
        this.events = events;
    }

    /** The puzzles the reader may see: their team's unlocked ones while it plays, all of them once the hunt ended. */
    @Transactional(readOnly = true)
    public List<PuzzleSummary> puzzles(UUID huntId, @Nullable CurrentUser reader) {
        Hunt hunt = access.hunt(huntId);
        Instant now = access.now();
        boolean ended = hunt.ended(now);
        UUID team = access.teamOf(huntId, reader == null ? null : reader.id()).orElse(null);
        if (!ended && team == null) {
            return List.of();
        }
        Map<String, Instant> unlocked = team == null ? Map.of() : evaluation.unlocks(team);
        Map<String, Instant> solved = team == null ? Map.of() : evaluation.solves(team);
        List<PuzzleSummary> result = new ArrayList<>();
        for (HuntPuzzle puzzle : puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId)) {
            Instant unlockedAt = unlocked.get(puzzle.shortId());
            Instant solvedAt = solved.get(puzzle.shortId());
            if (!ended && unlockedAt == null) {
                continue;
            }
            result.add(new PuzzleSummary(
                    puzzle.shortId(),
                    puzzle.position(),
                    puzzle.name(),
                    puzzle.type(),
                    state(unlockedAt, solvedAt),
                    unlockedAt,
                    solvedAt,
                    ended || solvedAt != null ? puzzle.answer() : null));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public PuzzleView puzzle(UUID huntId, String shortId, @Nullable CurrentUser reader) {
        Hunt hunt = access.hunt(huntId);
        Instant now = access.now();
        boolean ended = hunt.ended(now);
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        UUID team = access.teamOf(huntId, reader == null ? null : reader.id()).orElse(null);
        Instant unlockedAt = team == null ? null : evaluation.unlocks(team).get(puzzle.shortId());
        Instant solvedAt = team == null ? null : evaluation.solves(team).get(puzzle.shortId());
        if (!ended && unlockedAt == null) {
            throw HuntExceptions.puzzleNotFound(puzzle.shortId());
        }
        var limit = hunt.submissionLimit(puzzle, properties);
        return new PuzzleView(
                puzzle.shortId(),
                puzzle.name(),
                puzzle.type(),
                puzzle.content(),
                puzzle.pictures(),
                puzzle.pdfId(),
                ended ? puzzle.solutionId() : null,
                state(unlockedAt, solvedAt),
                unlockedAt,
                solvedAt,
                ended || solvedAt != null ? puzzle.answer() : null,
                limit.count(),
                (int) limit.window().toSeconds(),
                team == null ? List.of() : history(team, puzzle.id()));
    }

    /**
     * An answer. While the team plays: under the team row's lock, the submission limit is checked against the
     * team's recorded submissions, the answer judged (auto-responses first), recorded and logged; a right answer
     * records the solve once, finishes the hunt on a FINAL puzzle and evaluates the unlock rules. Once the hunt
     * ended: judged for anyone, nothing recorded.
     */
    @Transactional
    public SubmissionResult submit(
            UUID huntId, String shortId, @Nullable String answer, @Nullable CurrentUser user, String client) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw InvalidFieldsException.of("answer", "must not be blank");
        }
        if (text.codePointCount(0, text.length()) > properties.maxAnswerLength()) {
            throw InvalidFieldsException.of(
                    "answer", "must be at most " + properties.maxAnswerLength() + " characters long");
        }
        Hunt hunt = access.hunt(huntId);
        Instant now = access.now();
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        if (hunt.ended(now)) {
            rateLimiter.consumeOrThrow(
                    "hunt-check:" + (user == null ? client : user.id()),
                    ENDED_CHECKS,
                    "Too many answers. Wait a minute.");
            var verdict = puzzle.judge(text);
            return new SubmissionResult(verdict.outcome().name(), verdict.reply(), false, false, null);
        }
        if (user == null) {
            throw HuntExceptions.noTeam();
        }
        UUID teamId = access.teamOf(huntId, user.id()).orElseThrow(HuntExceptions::noTeam);
        HuntTeam team = teams.findLockedById(teamId).orElseThrow(HuntExceptions::noTeam);
        if (!hunt.playing(team.playtester(), now)) {
            throw HuntExceptions.notPlaying();
        }
        if (!evaluation.unlocks(teamId).containsKey(puzzle.shortId())) {
            throw HuntExceptions.puzzleNotFound(puzzle.shortId());
        }
        if (evaluation.solves(teamId).containsKey(puzzle.shortId())) {
            throw HuntExceptions.alreadySolved();
        }
        checkLimit(hunt.submissionLimit(puzzle, properties), teamId, puzzle.id(), now);
        var verdict = puzzle.judge(text);
        UUID submission = UUID.randomUUID();
        jdbc.sql("""
            INSERT INTO hunt_submissions (id, hunt_id, team_id, puzzle_id, user_id, text, normalised, outcome,
                                          reply, submitted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
                .params(
                        submission,
                        huntId,
                        teamId,
                        puzzle.id(),
                        user.id(),
                        text,
                        verdict.normalised(),
                        verdict.outcome().name(),
                        verdict.reply(),
                        Timestamp.from(now))
                .update();
        log.append(new HuntLog.Entry(
                huntId,
                team,
                user.id(),
                user.username(),
                HuntLog.Kind.SUBMISSION,
                puzzle,
                text,
                verdict.outcome().name(),
                now));
        boolean finished = false;
        if (verdict.outcome() == HuntPuzzle.Outcome.CORRECT) {
            finished = solve(hunt, team, puzzle, user, submission, now);
        }
        return new SubmissionResult(verdict.outcome().name(), verdict.reply(), true, finished, now);
    }

    private boolean solve(Hunt hunt, HuntTeam team, HuntPuzzle puzzle, CurrentUser user, UUID submission, Instant now) {
        int inserted = jdbc.sql("""
            INSERT INTO hunt_solves (team_id, puzzle_id, user_id, submission_id, solved_at)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING\
            """)
                .params(team.id(), puzzle.id(), user.id(), submission, Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return false;
        }
        List<UUID> members = jdbc.sql("SELECT user_id FROM hunt_team_members WHERE team_id = ?")
                .param(team.id())
                .query(UUID.class)
                .list();
        log.append(new HuntLog.Entry(
                hunt.id(), team, user.id(), user.username(), HuntLog.Kind.SOLVE, puzzle, null, null, now));
        events.publishEvent(new HuntPuzzleSolved(
                hunt.id(), team.id(), puzzle.id(), puzzle.shortId(), puzzle.type(), user.id(), members, now));
        boolean finished = puzzle.type() == PuzzleType.FINAL && team.finish(now);
        if (finished) {
            log.append(new HuntLog.Entry(
                    hunt.id(), team, user.id(), user.username(), HuntLog.Kind.FINISH, puzzle, null, null, now));
            events.publishEvent(new HuntFinished(hunt.id(), team.id(), team.name(), members, now));
        }
        evaluation.evaluate(hunt, team, now);
        return finished;
    }

    /**
     * The team's submissions of this puzzle within the window, counted under the team's row lock: concurrent
     * answers of one team (on any node) take turns here, so the limit can never be passed.
     */
    private void checkLimit(Hunt.Limit limit, UUID team, UUID puzzle, Instant now) {
        Instant since = now.minus(limit.window());
        List<Instant> recent = jdbc.sql("""
            SELECT submitted_at FROM hunt_submissions
            WHERE team_id = ? AND puzzle_id = ? AND submitted_at > ? ORDER BY submitted_at\
            """)
                .params(team, puzzle, Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
        if (recent.size() >= limit.count()) {
            Instant free = recent.get(recent.size() - limit.count()).plus(limit.window());
            throw new RateLimitedException(
                    "Your team may send " + limit.count() + " answers for this puzzle per "
                            + limit.window().toMinutes() + " minutes.",
                    Duration.between(now, free));
        }
    }

    /** The prepuzzle's check: public, nothing recorded; its reply only for the right answer. */
    @Transactional(readOnly = true)
    public SubmissionResult checkPrepuzzle(UUID huntId, @Nullable String answer, String client) {
        Hunt hunt = access.hunt(huntId);
        if (hunt.prepuzzleAnswer() == null) {
            throw new io.quizhall.shared.NotFoundException("This hunt has no prepuzzle.");
        }
        rateLimiter.consumeOrThrow("hunt-prepuzzle:" + client, PREPUZZLE_CHECKS, "Too many answers. Wait a minute.");
        boolean right = answer != null
                && answer.length() <= properties.maxAnswerLength()
                && Answers.matches(answer, hunt.prepuzzleAnswer(), new Answers.Flags(false, false, false));
        return new SubmissionResult(
                right ? "CORRECT" : "INCORRECT", right ? hunt.prepuzzleReply() : null, false, false, null);
    }

    /** The team's log, newest first, for its members. */
    @Transactional(readOnly = true)
    public List<HuntUpdate> teamFeed(UUID huntId, @Nullable Long before, int limit, CurrentUser user) {
        access.hunt(huntId);
        UUID team = access.teamOf(huntId, user.id()).orElseThrow(HuntExceptions::noTeam);
        return log.read(huntId, team, before, limit);
    }

    private HuntPuzzle puzzleOf(UUID huntId, String shortId) {
        String id = shortId.toUpperCase(Locale.ROOT);
        return puzzles.findByHuntIdAndShortId(huntId, id).orElseThrow(() -> HuntExceptions.puzzleNotFound(id));
    }

    private List<SubmissionView> history(UUID team, UUID puzzle) {
        return jdbc.sql("""
            SELECT s.id, u.username, s.text, s.outcome, s.reply, s.submitted_at FROM hunt_submissions s
            LEFT JOIN users u ON u.id = s.user_id
            WHERE s.team_id = ? AND s.puzzle_id = ? ORDER BY s.submitted_at DESC LIMIT ?\
            """)
                .params(team, puzzle, HISTORY)
                .query((rs, row) -> new SubmissionView(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("text"),
                        rs.getString("outcome"),
                        rs.getString("reply"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    static PuzzleState state(@Nullable Instant unlockedAt, @Nullable Instant solvedAt) {
        if (solvedAt != null) {
            return PuzzleState.SOLVED;
        }
        return unlockedAt != null ? PuzzleState.UNLOCKED : PuzzleState.LOCKED;
    }
}
