package io.quizhall.hunt;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.hunt.HintPayloads.CannedHintsRequest;
import io.quizhall.hunt.HintPayloads.CannedHintsView;
import io.quizhall.hunt.HintPayloads.HintPage;
import io.quizhall.hunt.HintPayloads.HintSettingsRequest;
import io.quizhall.hunt.HintPayloads.HintSettingsView;
import io.quizhall.hunt.HintPayloads.ResponseVersion;
import io.quizhall.hunt.HintPayloads.RevealedHint;
import io.quizhall.hunt.HintPayloads.StaffHintRequest;
import io.quizhall.hunt.HintPayloads.TeamHintRequest;
import io.quizhall.hunt.HintSettings.Available;
import io.quizhall.hunt.HintSettings.Pool;
import io.quizhall.notification.NotificationEvent;
import io.quizhall.notification.NotificationType;
import io.quizhall.notification.Notifications;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hint economy of hunts (docs/hunts.md, "Hints"): settings and canned hints for organisers, revealing canned
 * hints and asking custom ones for teams, and the staff queue. Every spend and every refund takes the team row's
 * lock first and computes the pool's balance under it, so a team never spends more than it earned, however many
 * members ask at once on however many nodes; a request in the queue is changed under its own row lock, so of two
 * organisers claiming at once exactly one wins.
 */
@Service
public class HuntHints {

    private static final int QUEUE_LIMIT = 500;

    private final HuntAccess access;
    private final PuzzleRepository puzzles;
    private final TeamRepository teams;
    private final HintRequestRepository requests;
    private final JdbcClient jdbc;
    private final HintProperties properties;
    private final HuntLog log;
    private final UnlockEvaluation evaluation;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final AccountProperties accountProperties;

    HuntHints(
            HuntAccess access,
            PuzzleRepository puzzles,
            TeamRepository teams,
            HintRequestRepository requests,
            JdbcClient jdbc,
            HintProperties properties,
            HuntLog log,
            UnlockEvaluation evaluation,
            AuditTrail audit,
            Notifications notifications,
            AccountProperties accountProperties) {
        this.access = access;
        this.puzzles = puzzles;
        this.teams = teams;
        this.requests = requests;
        this.jdbc = jdbc;
        this.properties = properties;
        this.log = log;
        this.evaluation = evaluation;
        this.audit = audit;
        this.notifications = notifications;
        this.accountProperties = accountProperties;
    }

    // ---- settings and canned hints (organisers)

    @Transactional(readOnly = true)
    public HintSettingsView settings(UUID huntId, CurrentUser organiser) {
        access.organised(huntId, organiser.id());
        return HintSettingsView.of(settingsOf(huntId));
    }

    @Transactional
    public HintSettingsView saveSettings(UUID huntId, HintSettingsRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        List<FieldError> errors = new ArrayList<>();
        var pools = choice("pools", request.pools(), HintSettings.Pools.class, errors);
        var allocation = request.allocation() == null
                ? HintSettings.Allocation.PUZZLE_FIRST
                : choice("allocation", request.allocation(), HintSettings.Allocation.class, errors);
        var policy = choice("cannedPolicy", request.cannedPolicy(), HintSettings.CannedPolicy.class, errors);
        int lockout = request.lockoutMinutes() == null ? 0 : request.lockoutMinutes();
        if (lockout < 0 || lockout > properties.maxLockoutMinutes()) {
            errors.add(new FieldError("lockoutMinutes", "must be between 0 and " + properties.maxLockoutMinutes()));
        }
        if (!errors.isEmpty() || pools == null || allocation == null || policy == null) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        var settings = new HintSettings(pools, allocation, policy, lockout);
        jdbc.sql("""
            INSERT INTO hunt_hint_settings (hunt_id, pools, allocation, canned_policy, lockout_minutes, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (hunt_id) DO UPDATE SET pools = EXCLUDED.pools, allocation = EXCLUDED.allocation,
              canned_policy = EXCLUDED.canned_policy, lockout_minutes = EXCLUDED.lockout_minutes,
              updated_at = EXCLUDED.updated_at\
            """)
                .params(huntId, pools.name(), allocation.name(), policy.name(), lockout, Timestamp.from(access.now()))
                .update();
        audit.record(
                organiser,
                "hunt.hints.settings",
                "hunt",
                huntId,
                Map.of(
                        "pools", pools.name(),
                        "allocation", allocation.name(),
                        "cannedPolicy", policy.name(),
                        "lockoutMinutes", lockout));
        return HintSettingsView.of(settings);
    }

    @Transactional(readOnly = true)
    public CannedHintsView canned(UUID huntId, String shortId, CurrentUser organiser) {
        access.organised(huntId, organiser.id());
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        return new CannedHintsView(puzzle.shortId(), cannedOf(puzzle.id()), properties.maxCanned());
    }

    /** Replaces a puzzle's canned hints; teams that revealed n hints see the first n of the new list. */
    @Transactional
    public CannedHintsView saveCanned(UUID huntId, String shortId, CannedHintsRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        List<@Nullable String> given = request.hints() == null ? List.of() : request.hints();
        List<FieldError> errors = new ArrayList<>();
        if (given.size() > properties.maxCanned()) {
            errors.add(new FieldError("hints", "must have at most " + properties.maxCanned() + " hints"));
        }
        List<String> hints = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String text = RichText.check("hints[" + i + "]", given.get(i), properties.maxCannedLength(), true, errors);
            if (text != null) {
                hints.add(text);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        // Two organisers saving at once take turns on the puzzle's row instead of mixing their lists.
        jdbc.sql("SELECT id FROM hunt_puzzles WHERE id = ? FOR UPDATE")
                .param(puzzle.id())
                .query(UUID.class)
                .single();
        jdbc.sql("DELETE FROM hunt_canned_hints WHERE puzzle_id = ?")
                .param(puzzle.id())
                .update();
        for (int i = 0; i < hints.size(); i++) {
            jdbc.sql("INSERT INTO hunt_canned_hints (puzzle_id, position, content) VALUES (?, ?, ?)")
                    .params(puzzle.id(), i, hints.get(i))
                    .update();
        }
        audit.record(
                organiser,
                "hunt.hints.canned",
                "hunt",
                huntId,
                Map.of("puzzle", puzzle.shortId(), "count", hints.size()));
        return new CannedHintsView(puzzle.shortId(), hints, properties.maxCanned());
    }

    // ---- the team's side

    @Transactional(readOnly = true)
    public HintPage page(UUID huntId, String shortId, CurrentUser user) {
        Hunt hunt = access.hunt(huntId);
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        UUID teamId = access.teamOf(huntId, user.id()).orElseThrow(HuntExceptions::noTeam);
        HuntTeam team = teams.findById(teamId).orElseThrow(HuntExceptions::noTeam);
        Instant unlockedAt = evaluation.unlocks(teamId).get(puzzle.shortId());
        if (unlockedAt == null) {
            throw HuntExceptions.puzzleNotFound(puzzle.shortId());
        }
        Instant now = access.now();
        HintSettings settings = settingsOf(huntId);
        Available available = available(team, puzzle);
        List<RevealedHint> revealed = revealed(teamId, puzzle.id());
        int cannedLeft = Math.max(0, cannedCount(puzzle.id()) - revealed.size());
        Instant lockedUntil = lockedUntil(settings, unlockedAt, now);
        String common = !hunt.playing(team.playtester(), now)
                ? ProblemType.HUNT_NOT_OPEN.code()
                : evaluation.solves(teamId).containsKey(puzzle.shortId())
                        ? ProblemType.ALREADY_SOLVED.code()
                        : lockedUntil != null ? ProblemType.HINTS_LOCKED.code() : null;
        Pool cannedPool = settings.cannedPool(available);
        Pool requestPool = settings.customPool(available);
        String cannedRefusal = common != null
                ? common
                : cannedLeft == 0
                        ? ProblemType.NO_CANNED_HINTS_LEFT.code()
                        : cannedPool == null ? ProblemType.NO_HINTS_LEFT.code() : null;
        String requestRefusal = common != null
                ? common
                : settings.cannedPolicy() == HintSettings.CannedPolicy.ONLY
                        ? ProblemType.CANNED_HINTS_ONLY.code()
                        : settings.cannedPolicy() == HintSettings.CannedPolicy.FIRST && cannedLeft > 0
                                ? ProblemType.CANNED_HINTS_FIRST.code()
                                : requestPool == null ? ProblemType.NO_HINTS_LEFT.code() : null;
        return new HintPage(
                puzzle.shortId(),
                puzzle.name(),
                HintSettingsView.of(settings),
                available.global(),
                available.puzzle(),
                team.hintsUsed(),
                cannedPool == null ? null : cannedPool.name(),
                requestPool == null ? null : requestPool.name(),
                revealed,
                cannedLeft,
                cannedRefusal == null,
                cannedRefusal,
                requestRefusal == null,
                requestRefusal,
                lockedUntil,
                properties.maxQuestionLength(),
                teamRequests(teamId, puzzle.id()));
    }

    /** Reveals the puzzle's next canned hint for the team, spending one hint of the pool the settings name. */
    @Transactional
    public RevealedHint reveal(UUID huntId, String shortId, CurrentUser user) {
        Spending spending = spending(huntId, shortId, user);
        HuntPuzzle puzzle = spending.puzzle();
        HuntTeam team = spending.team();
        int revealed = revealedCount(team.id(), puzzle.id());
        List<String> canned = cannedOf(puzzle.id());
        if (revealed >= canned.size()) {
            throw HuntExceptions.noCannedHintsLeft();
        }
        Pool pool = spending.settings().cannedPool(available(team, puzzle));
        if (pool == null) {
            throw HuntExceptions.noHintsLeft();
        }
        Instant now = spending.now();
        jdbc.sql("""
            INSERT INTO hunt_hint_reveals (team_id, puzzle_id, position, pool, user_id, revealed_at)
            VALUES (?, ?, ?, ?, ?, ?)\
            """)
                .params(team.id(), puzzle.id(), revealed, pool.name(), user.id(), Timestamp.from(now))
                .update();
        team.spendHint();
        log.append(new HuntLog.Entry(
                huntId,
                team,
                user.id(),
                user.username(),
                HuntLog.Kind.HINT_REVEAL,
                puzzle,
                "#" + (revealed + 1),
                pool.name(),
                now));
        return new RevealedHint(revealed + 1, canned.get(revealed), user.username(), pool.name(), now);
    }

    /** A custom request to the staff: spends one hint at once (given back if the staff refund it). */
    @Transactional
    public TeamHintRequest ask(UUID huntId, String shortId, @Nullable String question, CurrentUser user) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw InvalidFieldsException.of("question", "must not be blank");
        }
        if (text.codePointCount(0, text.length()) > properties.maxQuestionLength()) {
            throw InvalidFieldsException.of(
                    "question", "must be at most " + properties.maxQuestionLength() + " characters long");
        }
        Spending spending = spending(huntId, shortId, user);
        HuntPuzzle puzzle = spending.puzzle();
        HuntTeam team = spending.team();
        HintSettings settings = spending.settings();
        if (settings.cannedPolicy() == HintSettings.CannedPolicy.ONLY) {
            throw HuntExceptions.cannedHintsOnly();
        }
        if (settings.cannedPolicy() == HintSettings.CannedPolicy.FIRST
                && revealedCount(team.id(), puzzle.id()) < cannedCount(puzzle.id())) {
            throw HuntExceptions.cannedHintsFirst();
        }
        Pool pool = settings.customPool(available(team, puzzle));
        if (pool == null) {
            throw HuntExceptions.noHintsLeft();
        }
        Instant now = spending.now();
        HintRequest request =
                requests.save(new HintRequest(huntId, team.id(), puzzle.id(), user.id(), text, pool, now));
        team.spendHint();
        log.append(new HuntLog.Entry(
                huntId, team, user.id(), user.username(), HuntLog.Kind.HINT_REQUEST, puzzle, text, pool.name(), now));
        return new TeamHintRequest(
                request.id(), text, request.status().name(), null, user.username(), pool.name(), now, null);
    }

    /** What every spend checks, under the team row's lock: the team plays, has the puzzle unlocked and unsolved, and
     * the lockout is over. */
    private Spending spending(UUID huntId, String shortId, CurrentUser user) {
        Hunt hunt = access.hunt(huntId);
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        UUID teamId = access.teamOf(huntId, user.id()).orElseThrow(HuntExceptions::noTeam);
        HuntTeam team = teams.findLockedById(teamId).orElseThrow(HuntExceptions::noTeam);
        Instant now = access.now();
        Instant unlockedAt = evaluation.unlocks(teamId).get(puzzle.shortId());
        if (unlockedAt == null) {
            throw HuntExceptions.puzzleNotFound(puzzle.shortId());
        }
        if (!hunt.playing(team.playtester(), now)) {
            throw HuntExceptions.notPlaying();
        }
        if (evaluation.solves(teamId).containsKey(puzzle.shortId())) {
            throw HuntExceptions.alreadySolved();
        }
        HintSettings settings = settingsOf(huntId);
        Instant lockedUntil = lockedUntil(settings, unlockedAt, now);
        if (lockedUntil != null) {
            throw HuntExceptions.hintsLocked(lockedUntil);
        }
        return new Spending(team, puzzle, settings, now);
    }

    private record Spending(HuntTeam team, HuntPuzzle puzzle, HintSettings settings, Instant now) {}

    // ---- the staff queue

    @Transactional(readOnly = true)
    public List<StaffHintRequest> queue(UUID huntId, @Nullable String status, CurrentUser organiser) {
        access.organised(huntId, organiser.id());
        String wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = status.strip().toUpperCase(Locale.ROOT);
            String check = wanted;
            if (Arrays.stream(HintRequest.Status.values())
                    .noneMatch(s -> s.name().equals(check))) {
                throw InvalidFieldsException.of("status", "must be one of UNCLAIMED, CLAIMED, ANSWERED, REFUNDED");
            }
        }
        return staffRequests(huntId, null, wanted);
    }

    @Transactional
    public StaffHintRequest claim(UUID huntId, UUID requestId, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HintRequest request = locked(huntId, requestId);
        Instant now = access.now();
        request.claim(organiser.id(), now);
        logStaff(request, organiser, HuntLog.Kind.HINT_CLAIM, null, null, now);
        return staffView(huntId, request);
    }

    @Transactional
    public StaffHintRequest release(UUID huntId, UUID requestId, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HintRequest request = locked(huntId, requestId);
        request.release(organiser.id());
        logStaff(request, organiser, HuntLog.Kind.HINT_RELEASE, null, null, access.now());
        return staffView(huntId, request);
    }

    /** The claimant answers; the team's members who subscribed hear of it (queued in this transaction). */
    @Transactional
    public StaffHintRequest respond(UUID huntId, UUID requestId, @Nullable String response, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        String text = responseText(response);
        HintRequest request = locked(huntId, requestId);
        Instant now = access.now();
        request.respond(organiser.id(), text, now);
        keepVersion(request, text, organiser, now);
        HuntPuzzle puzzle =
                logStaff(request, organiser, HuntLog.Kind.HINT_ANSWER, RichText.visibleText(text), "ANSWERED", now);
        notifyAnswered(hunt, request, puzzle);
        return staffView(huntId, request);
    }

    /** Any organiser may correct an answered response; every version stays in the request's history. */
    @Transactional
    public StaffHintRequest editResponse(
            UUID huntId, UUID requestId, @Nullable String response, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        String text = responseText(response);
        HintRequest request = locked(huntId, requestId);
        Instant now = access.now();
        request.editResponse(organiser.id(), text, now);
        keepVersion(request, text, organiser, now);
        logStaff(request, organiser, HuntLog.Kind.HINT_EDIT, RichText.visibleText(text), "ANSWERED", now);
        return staffView(huntId, request);
    }

    /**
     * Gives the hint back to the pool it came from and lowers the team's hints used, once. The team's row is locked
     * before the request's (the order every spend takes too), so a refund and a spend of one team take turns.
     */
    @Transactional
    public StaffHintRequest refund(UUID huntId, UUID requestId, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        UUID teamId = requests.findById(requestId)
                .filter(found -> found.huntId().equals(huntId))
                .map(HintRequest::teamId)
                .orElseThrow(HuntExceptions::hintRequestNotFound);
        HuntTeam team = teams.findLockedById(teamId).orElseThrow(HuntExceptions::hintRequestNotFound);
        HintRequest request = locked(huntId, requestId);
        Instant now = access.now();
        request.refund(now);
        team.refundHint();
        logStaff(
                request,
                organiser,
                HuntLog.Kind.HINT_REFUND,
                null,
                request.pool().name(),
                now);
        audit.record(organiser, "hunt.hints.refund", "hunt", huntId, Map.of("request", requestId.toString()));
        return staffView(huntId, request);
    }

    private HintRequest locked(UUID huntId, UUID requestId) {
        return requests.findLockedById(requestId, huntId).orElseThrow(HuntExceptions::hintRequestNotFound);
    }

    private String responseText(@Nullable String response) {
        List<FieldError> errors = new ArrayList<>();
        String text = RichText.check("response", response, properties.maxResponseLength(), true, errors);
        if (!errors.isEmpty() || text == null) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return text;
    }

    private void keepVersion(HintRequest request, String text, CurrentUser organiser, Instant now) {
        // The entity's row must exist before its history row refers to it.
        requests.flush();
        jdbc.sql("INSERT INTO hunt_hint_responses (request_id, response, user_id, at) VALUES (?, ?, ?, ?)")
                .params(request.id(), text, organiser.id(), Timestamp.from(now))
                .update();
    }

    private HuntPuzzle logStaff(
            HintRequest request,
            CurrentUser organiser,
            HuntLog.Kind kind,
            @Nullable String text,
            @Nullable String outcome,
            Instant now) {
        HuntTeam team = teams.findById(request.teamId()).orElseThrow(HuntExceptions::hintRequestNotFound);
        HuntPuzzle puzzle = puzzles.findById(request.puzzleId()).orElseThrow(HuntExceptions::hintRequestNotFound);
        log.append(new HuntLog.Entry(
                request.huntId(), team, organiser.id(), organiser.username(), kind, puzzle, text, outcome, now));
        return puzzle;
    }

    private void notifyAnswered(Hunt hunt, HintRequest request, HuntPuzzle puzzle) {
        var members = new HashSet<>(jdbc.sql("SELECT user_id FROM hunt_team_members WHERE team_id = ?")
                .param(request.teamId())
                .query(UUID.class)
                .list());
        if (members.isEmpty()) {
            return;
        }
        String huntName = RichText.visibleText(hunt.name());
        notifications.publish(new NotificationEvent(
                NotificationType.HINT_ANSWERED,
                hunt.id(),
                members,
                "Your hint request for " + puzzle.shortId() + " was answered",
                "The staff of \"%s\" answered your team's hint request for puzzle %s."
                        .formatted(huntName, puzzle.shortId()),
                accountProperties.link("/hunts?hunt=" + hunt.id() + "&puzzle=" + puzzle.shortId() + "&hints=1")));
    }

    // ---- reading

    HintSettings settingsOf(UUID huntId) {
        return jdbc.sql("""
            SELECT pools, allocation, canned_policy, lockout_minutes FROM hunt_hint_settings WHERE hunt_id = ?\
            """)
                .param(huntId)
                .query((rs, row) -> new HintSettings(
                        HintSettings.Pools.valueOf(rs.getString(1)),
                        HintSettings.Allocation.valueOf(rs.getString(2)),
                        HintSettings.CannedPolicy.valueOf(rs.getString(3)),
                        rs.getInt(4)))
                .optional()
                .orElse(HintSettings.DEFAULT);
    }

    /** Each pool's balance: earned minus the reveals and the requests not refunded that spent it. */
    private Available available(HuntTeam team, HuntPuzzle puzzle) {
        return jdbc.sql("""
            SELECT
              (SELECT count(*) FROM hunt_hint_reveals WHERE team_id = :team AND pool = 'GLOBAL')
              + (SELECT count(*) FROM hunt_hint_requests
                 WHERE team_id = :team AND pool = 'GLOBAL' AND status <> 'REFUNDED') AS global_spent,
              (SELECT count(*) FROM hunt_hint_reveals WHERE team_id = :team AND puzzle_id = :puzzle AND pool = 'PUZZLE')
              + (SELECT count(*) FROM hunt_hint_requests
                 WHERE team_id = :team AND puzzle_id = :puzzle AND pool = 'PUZZLE' AND status <> 'REFUNDED')
                AS puzzle_spent,
              COALESCE((SELECT earned FROM hunt_puzzle_hints WHERE team_id = :team AND puzzle_id = :puzzle), 0)
                AS puzzle_earned\
            """)
                .param("team", team.id())
                .param("puzzle", puzzle.id())
                .query((rs, row) -> new Available(
                        Math.max(0, team.hintsEarned() - rs.getInt("global_spent")),
                        Math.max(0, rs.getInt("puzzle_earned") - rs.getInt("puzzle_spent"))))
                .single();
    }

    private static @Nullable Instant lockedUntil(HintSettings settings, Instant unlockedAt, Instant now) {
        Instant until = unlockedAt.plus(Duration.ofMinutes(settings.lockoutMinutes()));
        return now.isBefore(until) ? until : null;
    }

    private List<String> cannedOf(UUID puzzle) {
        return jdbc.sql("SELECT content FROM hunt_canned_hints WHERE puzzle_id = ? ORDER BY position")
                .param(puzzle)
                .query(String.class)
                .list();
    }

    private int cannedCount(UUID puzzle) {
        return jdbc.sql("SELECT count(*) FROM hunt_canned_hints WHERE puzzle_id = ?")
                .param(puzzle)
                .query(Integer.class)
                .single();
    }

    private int revealedCount(UUID team, UUID puzzle) {
        return jdbc.sql("SELECT count(*) FROM hunt_hint_reveals WHERE team_id = ? AND puzzle_id = ?")
                .params(team, puzzle)
                .query(Integer.class)
                .single();
    }

    /** The reveals with the current text of the canned hint at each position (a hint removed since is left out). */
    private List<RevealedHint> revealed(UUID team, UUID puzzle) {
        return jdbc.sql("""
            SELECT r.position, c.content, u.username, r.pool, r.revealed_at FROM hunt_hint_reveals r
            JOIN hunt_canned_hints c ON c.puzzle_id = r.puzzle_id AND c.position = r.position
            LEFT JOIN users u ON u.id = r.user_id
            WHERE r.team_id = ? AND r.puzzle_id = ? ORDER BY r.position\
            """)
                .params(team, puzzle)
                .query((rs, row) -> new RevealedHint(
                        rs.getInt("position") + 1,
                        rs.getString("content"),
                        rs.getString("username"),
                        rs.getString("pool"),
                        rs.getTimestamp("revealed_at").toInstant()))
                .list();
    }

    private List<TeamHintRequest> teamRequests(UUID team, UUID puzzle) {
        return jdbc.sql("""
            SELECT r.id, r.question, r.status, r.response, u.username, r.pool, r.created_at, r.responded_at
            FROM hunt_hint_requests r LEFT JOIN users u ON u.id = r.user_id
            WHERE r.team_id = ? AND r.puzzle_id = ? ORDER BY r.created_at DESC, r.id\
            """)
                .params(team, puzzle)
                .query((rs, row) -> new TeamHintRequest(
                        rs.getObject("id", UUID.class),
                        rs.getString("question"),
                        rs.getString("status"),
                        rs.getString("response"),
                        rs.getString("username"),
                        rs.getString("pool"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("responded_at"))))
                .list();
    }

    private StaffHintRequest staffView(UUID huntId, HintRequest request) {
        requests.flush();
        return staffRequests(huntId, request.id(), null).get(0);
    }

    private List<StaffHintRequest> staffRequests(UUID huntId, @Nullable UUID only, @Nullable String status) {
        Map<UUID, List<ResponseVersion>> history = new LinkedHashMap<>();
        jdbc.sql("""
            SELECT h.request_id, h.response, u.username, h.at FROM hunt_hint_responses h
            JOIN hunt_hint_requests r ON r.id = h.request_id
            LEFT JOIN users u ON u.id = h.user_id
            WHERE r.hunt_id = :hunt AND (CAST(:only AS uuid) IS NULL OR r.id = :only)
              AND (CAST(:status AS text) IS NULL OR r.status = :status)
            ORDER BY h.id\
            """)
                .param("hunt", huntId)
                .param("only", only)
                .param("status", status)
                .query(rs -> {
                    history.computeIfAbsent(rs.getObject("request_id", UUID.class), id -> new ArrayList<>())
                            .add(new ResponseVersion(
                                    rs.getString("response"),
                                    rs.getString("username"),
                                    rs.getTimestamp("at").toInstant()));
                });
        return jdbc.sql("""
            SELECT r.id, r.team_id, t.name AS team_name, p.short_id, p.name AS puzzle_name, r.question, r.status,
                   asker.username AS username, r.pool, claimant.username AS claimant, r.claimed_at, r.response,
                   responder.username AS responder, r.responded_at, r.refunded_at, r.created_at
            FROM hunt_hint_requests r
            JOIN hunt_teams t ON t.id = r.team_id
            JOIN hunt_puzzles p ON p.id = r.puzzle_id
            LEFT JOIN users asker ON asker.id = r.user_id
            LEFT JOIN users claimant ON claimant.id = r.claimed_by
            LEFT JOIN users responder ON responder.id = r.responded_by
            WHERE r.hunt_id = :hunt AND (CAST(:only AS uuid) IS NULL OR r.id = :only)
              AND (CAST(:status AS text) IS NULL OR r.status = :status)
            ORDER BY r.created_at, r.id LIMIT :limit\
            """)
                .param("hunt", huntId)
                .param("only", only)
                .param("status", status)
                .param("limit", QUEUE_LIMIT)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new StaffHintRequest(
                            id,
                            rs.getObject("team_id", UUID.class),
                            rs.getString("team_name"),
                            rs.getString("short_id"),
                            rs.getString("puzzle_name"),
                            rs.getString("question"),
                            rs.getString("status"),
                            rs.getString("username"),
                            rs.getString("pool"),
                            rs.getString("claimant"),
                            instant(rs.getTimestamp("claimed_at")),
                            rs.getString("response"),
                            rs.getString("responder"),
                            instant(rs.getTimestamp("responded_at")),
                            instant(rs.getTimestamp("refunded_at")),
                            rs.getTimestamp("created_at").toInstant(),
                            history.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private HuntPuzzle puzzleOf(UUID huntId, String shortId) {
        String id = shortId.toUpperCase(Locale.ROOT);
        return puzzles.findByHuntIdAndShortId(huntId, id).orElseThrow(() -> HuntExceptions.puzzleNotFound(id));
    }

    private static <E extends Enum<E>> @Nullable E choice(
            String field, @Nullable String value, Class<E> type, List<FieldError> errors) {
        String names = String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must be one of " + names));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + names));
            return null;
        }
    }
}
