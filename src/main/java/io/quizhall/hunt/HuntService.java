package io.quizhall.hunt;

import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.hunt.HuntPayloads.Cell;
import io.quizhall.hunt.HuntPayloads.HuntDetails;
import io.quizhall.hunt.HuntPayloads.HuntRequest;
import io.quizhall.hunt.HuntPayloads.HuntSettings;
import io.quizhall.hunt.HuntPayloads.HuntSummary;
import io.quizhall.hunt.HuntPayloads.HuntUpdate;
import io.quizhall.hunt.HuntPayloads.Page;
import io.quizhall.hunt.HuntPayloads.ProgressGrid;
import io.quizhall.hunt.HuntPayloads.PuzzleColumn;
import io.quizhall.hunt.HuntPayloads.PuzzleRequest;
import io.quizhall.hunt.HuntPayloads.PuzzleSettings;
import io.quizhall.hunt.HuntPayloads.ResponseView;
import io.quizhall.hunt.HuntPayloads.TeamRow;
import io.quizhall.shared.InvalidFieldsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hunts from the organisers' side (write the hunt and its puzzles, name staff, archive, watch the progress grid and
 * the feed) and reading a hunt for everyone. Every organiser action is audited.
 */
@Service
public class HuntService {

    private static final Logger log = LoggerFactory.getLogger(HuntService.class);

    private final HuntAccess access;
    private final HuntRepository hunts;
    private final PuzzleRepository puzzles;
    private final TeamRepository teams;
    private final HuntValidator validator;
    private final HuntProperties properties;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final HuntLog huntLog;
    private final JdbcClient jdbc;

    HuntService(
            HuntAccess access,
            HuntRepository hunts,
            PuzzleRepository puzzles,
            TeamRepository teams,
            HuntValidator validator,
            HuntProperties properties,
            AccountService accounts,
            AuditTrail audit,
            HuntLog huntLog,
            JdbcClient jdbc) {
        this.access = access;
        this.hunts = hunts;
        this.puzzles = puzzles;
        this.teams = teams;
        this.validator = validator;
        this.properties = properties;
        this.accounts = accounts;
        this.audit = audit;
        this.huntLog = huntLog;
        this.jdbc = jdbc;
    }

    // --- hunts ---

    @Transactional
    public HuntDetails create(HuntRequest request, CurrentUser owner) {
        Hunt hunt = hunts.save(new Hunt(owner.id(), validator.check(request), access.now()));
        audit.record(owner, "hunt.create", "hunt", hunt.id(), Map.of("name", hunt.name()));
        log.info("Hunt {} created by {}", hunt.id(), owner.username());
        return details(hunt, owner);
    }

    @Transactional
    public HuntDetails update(UUID id, HuntRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(id, organiser.id());
        if (request.version() != null && request.version() != hunt.version()) {
            throw HuntExceptions.versionChanged();
        }
        Instant before = hunt.startsAt();
        hunt.replace(validator.check(request), access.now());
        if (!before.equals(hunt.startsAt())) {
            // Timed rules count from the start: every team is evaluated again at its (new) start or now.
            jdbc.sql("UPDATE hunt_teams SET next_evaluation_at = ? WHERE hunt_id = ?")
                    .params(java.sql.Timestamp.from(access.now()), id)
                    .update();
        }
        audit.record(organiser, "hunt.update", "hunt", id, Map.of("name", hunt.name()));
        return details(hunts.saveAndFlush(hunt), organiser);
    }

    @Transactional
    public HuntDetails archive(UUID id, CurrentUser organiser) {
        Hunt hunt = access.organised(id, organiser.id());
        hunt.archive(access.now());
        audit.record(organiser, "hunt.archive", "hunt", id, Map.of());
        return details(hunt, organiser);
    }

    @Transactional
    public void delete(UUID id, CurrentUser owner) {
        Hunt hunt = access.hunt(id);
        if (!hunt.isOwnedBy(owner.id())) {
            throw HuntExceptions.ownerOnly();
        }
        audit.record(owner, "hunt.delete", "hunt", id, Map.of("name", hunt.name()));
        hunts.delete(hunt);
    }

    /** The owner names the staff who organise the hunt with them (replacing the list). */
    @Transactional
    public HuntDetails nameOrganisers(UUID id, @Nullable List<@Nullable String> usernames, CurrentUser owner) {
        Hunt hunt = access.hunt(id);
        if (!hunt.isOwnedBy(owner.id())) {
            throw HuntExceptions.ownerOnly();
        }
        Set<UUID> staff = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<@Nullable String>of() : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            staff.add(accounts.idOfUsername(username.strip())
                    .orElseThrow(() -> HuntExceptions.noSuchUser(username.strip())));
        }
        if (staff.size() > 50) {
            throw InvalidFieldsException.of("usernames", "must be at most 50");
        }
        hunt.nameStaff(staff, access.now());
        audit.record(
                owner,
                "hunt.organisers",
                "hunt",
                id,
                Map.of("organisers", staff.stream().map(UUID::toString).toList()));
        return details(hunt, owner);
    }

    @Transactional(readOnly = true)
    public HuntDetails read(UUID id, @Nullable CurrentUser reader) {
        return details(access.hunt(id), reader);
    }

    /** Hunts that are not archived, latest start first. */
    @Transactional(readOnly = true)
    public Page<HuntSummary> list(int page, int size) {
        Instant now = access.now();
        var found = hunts.findByArchivedFalseOrderByStartsAtDesc(PageRequest.of(page, size));
        return new Page<>(
                found.getContent().stream().map(hunt -> summary(hunt, now)).toList(),
                page,
                size,
                found.getTotalElements());
    }

    /** Hunts the user organises (owner or staff), archived ones too. */
    @Transactional(readOnly = true)
    public List<HuntSummary> organisedBy(CurrentUser user) {
        Instant now = access.now();
        List<UUID> ids =
                jdbc.sql("""
                    SELECT id FROM hunts WHERE owner_id = :user
                    UNION SELECT hunt_id FROM hunt_organisers WHERE user_id = :user\
                    """).param("user", user.id()).query(UUID.class).list();
        return hunts.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(Hunt::startsAt).reversed())
                .map(hunt -> summary(hunt, now))
                .toList();
    }

    private HuntSummary summary(Hunt hunt, Instant now) {
        return new HuntSummary(
                hunt.id(),
                hunt.name(),
                hunt.location(),
                hunt.displayStartsAt(),
                hunt.displayEndsAt(),
                hunt.state(now),
                hunt.teamSize());
    }

    private HuntDetails details(Hunt hunt, @Nullable CurrentUser reader) {
        Instant now = access.now();
        UUID user = reader == null ? null : reader.id();
        boolean organiser = hunt.isOrganisedBy(user);
        HuntState state = hunt.state(now);
        var myTeam = access.teamOf(hunt.id(), user)
                .flatMap(teams::findById)
                .map(team -> access.view(team, true))
                .orElse(null);
        HuntSettings settings = null;
        if (organiser) {
            var limit = new Hunt.Limit(
                    hunt.submissionLimit() == null ? properties.submissions() : hunt.submissionLimit(),
                    hunt.submissionWindowSeconds() == null
                            ? properties.submissionWindow()
                            : java.time.Duration.ofSeconds(hunt.submissionWindowSeconds()));
            settings = new HuntSettings(
                    hunt.playtestStartsAt(),
                    hunt.playtestEndsAt(),
                    limit.count(),
                    (int) limit.window().toSeconds(),
                    hunt.prepuzzleAnswer(),
                    hunt.prepuzzleReply(),
                    hunt.staff().stream().map(access::username).sorted().toList());
        }
        boolean showPrepuzzle = state != HuntState.OPEN || organiser;
        return new HuntDetails(
                hunt.id(),
                hunt.name(),
                hunt.intro(),
                hunt.info(),
                hunt.location(),
                hunt.startsAt(),
                hunt.endsAt(),
                hunt.displayStartsAt(),
                hunt.displayEndsAt(),
                state,
                hunt.teamSize(),
                hunt.registrationField(),
                showPrepuzzle ? hunt.prepuzzleContent() : null,
                organiser,
                hunt.isOwnedBy(user),
                myTeam,
                settings,
                hunt.version());
    }

    // --- puzzles ---

    @Transactional(readOnly = true)
    public List<PuzzleSettings> puzzles(UUID huntId, CurrentUser organiser) {
        access.organised(huntId, organiser.id());
        return puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId).stream()
                .map(HuntService::settings)
                .toList();
    }

    @Transactional
    public PuzzleSettings addPuzzle(UUID huntId, PuzzleRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        if (puzzles.countByHuntId(huntId) >= properties.maxPuzzles()) {
            throw HuntExceptions.tooManyPuzzles(properties.maxPuzzles());
        }
        PuzzleContent content = validator.check(request, organiser.id(), Set.of());
        requireFreeShortId(huntId, content.shortId(), null);
        HuntPuzzle puzzle = puzzles.saveAndFlush(new HuntPuzzle(huntId, content));
        afterPuzzleChange(huntId);
        audit.record(organiser, "hunt.puzzle.create", "hunt", huntId, Map.of("puzzle", puzzle.shortId()));
        return settings(puzzle);
    }

    @Transactional
    public PuzzleSettings updatePuzzle(UUID huntId, String shortId, PuzzleRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        if (request.version() != null && request.version() != puzzle.version()) {
            throw HuntExceptions.versionChanged();
        }
        Set<UUID> kept = new HashSet<>();
        puzzle.pictures().forEach(id -> kept.add(UUID.fromString(id)));
        if (puzzle.pdfId() != null) {
            kept.add(puzzle.pdfId());
        }
        if (puzzle.solutionId() != null) {
            kept.add(puzzle.solutionId());
        }
        PuzzleContent content = validator.check(request, organiser.id(), kept);
        requireFreeShortId(huntId, content.shortId(), puzzle.id());
        puzzle.replace(content);
        puzzles.saveAndFlush(puzzle);
        HuntRulesService.stillFit(hunt.rules(), puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId));
        afterPuzzleChange(huntId);
        audit.record(organiser, "hunt.puzzle.update", "hunt", huntId, Map.of("puzzle", puzzle.shortId()));
        return settings(puzzle);
    }

    @Transactional
    public void deletePuzzle(UUID huntId, String shortId, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HuntPuzzle puzzle = puzzleOf(huntId, shortId);
        puzzles.delete(puzzle);
        puzzles.flush();
        HuntRulesService.stillFit(hunt.rules(), puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId));
        // The puzzle's reveals and hint requests went with it (cascade), and with them the hints they spent: each
        // team's count of hints used follows, so that it matches its pools again.
        jdbc.sql("""
            UPDATE hunt_teams t SET hints_used =
                (SELECT count(*) FROM hunt_hint_reveals r WHERE r.team_id = t.id)
              + (SELECT count(*) FROM hunt_hint_requests q WHERE q.team_id = t.id AND q.status <> 'REFUNDED')
            WHERE t.hunt_id = ?\
            """).param(huntId).update();
        audit.record(organiser, "hunt.puzzle.delete", "hunt", huntId, Map.of("puzzle", puzzle.shortId()));
    }

    /** New or changed puzzles may unlock for teams at once (rules evaluated again by the timer, on any node). */
    private void afterPuzzleChange(UUID huntId) {
        jdbc.sql("UPDATE hunt_teams SET next_evaluation_at = ? WHERE hunt_id = ?")
                .params(java.sql.Timestamp.from(access.now()), huntId)
                .update();
    }

    private void requireFreeShortId(UUID huntId, String shortId, @Nullable UUID self) {
        puzzles.findByHuntIdAndShortId(huntId, shortId)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw HuntExceptions.shortIdTaken();
                });
    }

    HuntPuzzle puzzleOf(UUID huntId, String shortId) {
        String id = shortId.toUpperCase(Locale.ROOT);
        return puzzles.findByHuntIdAndShortId(huntId, id).orElseThrow(() -> HuntExceptions.puzzleNotFound(id));
    }

    private static PuzzleSettings settings(HuntPuzzle puzzle) {
        var flags = puzzle.flags();
        return new PuzzleSettings(
                puzzle.id(),
                puzzle.shortId(),
                puzzle.position(),
                puzzle.name(),
                puzzle.type(),
                puzzle.answer(),
                flags.allowSpaces(),
                flags.caseSensitive(),
                flags.allowNonAlphanumeric(),
                puzzle.content(),
                puzzle.pictures(),
                puzzle.pdfId(),
                puzzle.solutionId(),
                puzzle.responses().stream()
                        .map(response -> new ResponseView(response.pattern(), response.reply()))
                        .toList(),
                puzzle.submissionLimit(),
                puzzle.submissionWindowSeconds(),
                puzzle.version());
    }

    // --- watching ---

    /** Team × puzzle: locked, unlocked or solved, with times. */
    @Transactional(readOnly = true)
    public ProgressGrid progress(UUID huntId, CurrentUser organiser) {
        access.organised(huntId, organiser.id());
        List<HuntPuzzle> all = puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId);
        Map<UUID, Map<UUID, Instant>> unlocked = new HashMap<>();
        Map<UUID, Map<UUID, Instant>> solved = new HashMap<>();
        jdbc.sql("SELECT u.team_id, u.puzzle_id, u.unlocked_at FROM hunt_unlocks u JOIN hunt_teams t ON t.id ="
                        + " u.team_id WHERE t.hunt_id = ?")
                .param(huntId)
                .query(rs -> {
                    unlocked.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant());
                });
        jdbc.sql("SELECT s.team_id, s.puzzle_id, s.solved_at FROM hunt_solves s JOIN hunt_teams t ON t.id = s.team_id"
                        + " WHERE t.hunt_id = ?")
                .param(huntId)
                .query(rs -> {
                    solved.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant());
                });
        List<TeamRow> rows = new ArrayList<>();
        for (HuntTeam team : teams.findByHuntIdOrderByCreatedAt(huntId)) {
            var teamUnlocks = unlocked.getOrDefault(team.id(), Map.of());
            var teamSolves = solved.getOrDefault(team.id(), Map.of());
            List<Cell> cells = all.stream()
                    .map(puzzle -> new Cell(
                            puzzle.shortId(),
                            HuntPlay.state(teamUnlocks.get(puzzle.id()), teamSolves.get(puzzle.id())),
                            teamUnlocks.get(puzzle.id()),
                            teamSolves.get(puzzle.id())))
                    .toList();
            rows.add(new TeamRow(team.id(), team.name(), team.playtester(), team.points(), team.finishedAt(), cells));
        }
        return new ProgressGrid(
                all.stream()
                        .map(puzzle -> new PuzzleColumn(puzzle.shortId(), puzzle.name(), puzzle.type()))
                        .toList(),
                rows);
    }

    /** The hunt's event log, newest first. */
    @Transactional(readOnly = true)
    public List<HuntUpdate> feed(UUID huntId, @Nullable Long before, int limit, CurrentUser organiser) {
        access.organised(huntId, organiser.id());
        return huntLog.read(huntId, null, before, limit);
    }
}
