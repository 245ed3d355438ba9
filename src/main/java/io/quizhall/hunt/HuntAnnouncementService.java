package io.quizhall.hunt;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.hunt.BoardPayloads.AnnouncementRequest;
import io.quizhall.hunt.BoardPayloads.AnnouncementView;
import io.quizhall.hunt.HuntPayloads.HuntUpdate;
import io.quizhall.notification.NotificationEvent;
import io.quizhall.notification.NotificationType;
import io.quizhall.notification.Notifications;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements of a hunt (docs/hunts.md, "Announcements"): organisers post, edit and delete them (audited); members
 * read the hunt's and those of the puzzles their team unlocked; a new one is pushed to the feeds of the teams that
 * may see it and to the organisers' feed after its transaction commits, and notified (ANNOUNCEMENT) to their
 * members in the same transaction.
 */
@Service
public class HuntAnnouncementService {

    private final HuntAccess access;
    private final AnnouncementRepository announcements;
    private final PuzzleRepository puzzles;
    private final HuntLive live;
    private final Notifications notifications;
    private final AccountProperties accountProperties;
    private final AuditTrail audit;
    private final HuntNoticeProperties properties;
    private final JdbcClient jdbc;

    HuntAnnouncementService(
            HuntAccess access,
            AnnouncementRepository announcements,
            PuzzleRepository puzzles,
            HuntLive live,
            Notifications notifications,
            AccountProperties accountProperties,
            AuditTrail audit,
            HuntNoticeProperties properties,
            JdbcClient jdbc) {
        this.access = access;
        this.announcements = announcements;
        this.puzzles = puzzles;
        this.live = live;
        this.notifications = notifications;
        this.accountProperties = accountProperties;
        this.audit = audit;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Transactional
    public AnnouncementView post(UUID huntId, AnnouncementRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        if (announcements.countByHuntId(huntId) >= properties.announcements()) {
            throw new io.quizhall.shared.ApiException(
                    ProblemType.CONFLICT, "A hunt has at most " + properties.announcements() + " announcements.");
        }
        Checked checked = check(huntId, request);
        Instant now = access.now();
        HuntAnnouncement announcement = announcements.saveAndFlush(new HuntAnnouncement(
                huntId, checked.puzzle() == null ? null : checked.puzzle().id(), checked.text(), organiser.id(), now));
        audit.record(
                organiser,
                "hunt.announcement.create",
                "hunt",
                huntId,
                Map.of(
                        "announcement",
                        announcement.id(),
                        "puzzle",
                        checked.puzzle() == null ? "" : checked.puzzle().shortId()));
        AnnouncementView view = view(announcement, checked.puzzle(), organiser.username());
        deliver(hunt, view, checked.puzzle(), now);
        return view;
    }

    @Transactional
    public AnnouncementView edit(UUID huntId, long id, AnnouncementRequest request, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HuntAnnouncement announcement = find(huntId, id);
        Checked checked = check(huntId, request);
        announcement.edit(
                checked.text(),
                checked.puzzle() == null ? null : checked.puzzle().id(),
                access.now());
        announcements.saveAndFlush(announcement);
        audit.record(organiser, "hunt.announcement.update", "hunt", huntId, Map.of("announcement", id));
        return view(announcement, checked.puzzle(), author(announcement));
    }

    @Transactional
    public void delete(UUID huntId, long id, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HuntAnnouncement announcement = find(huntId, id);
        announcements.delete(announcement);
        audit.record(organiser, "hunt.announcement.delete", "hunt", huntId, Map.of("announcement", id));
    }

    /**
     * The announcements the reader may see, newest first: organisers and (after the hunt) everyone all of them; a
     * member the hunt's own and those of the puzzles their team unlocked; anyone else none (404, not in a team).
     */
    @Transactional(readOnly = true)
    public List<AnnouncementView> list(UUID huntId, @Nullable CurrentUser reader) {
        Hunt hunt = access.hunt(huntId);
        UUID user = reader == null ? null : reader.id();
        boolean everything = hunt.isOrganisedBy(user) || hunt.ended(access.now());
        Set<UUID> unlocked = new HashSet<>();
        if (!everything) {
            UUID team = access.teamOf(huntId, user).orElseThrow(HuntExceptions::noTeam);
            unlocked.addAll(jdbc.sql("SELECT puzzle_id FROM hunt_unlocks WHERE team_id = ?")
                    .param(team)
                    .query(UUID.class)
                    .list());
        }
        Map<UUID, HuntPuzzle> byId = new HashMap<>();
        puzzles.findByHuntIdOrderByPositionAscShortIdAsc(huntId).forEach(puzzle -> byId.put(puzzle.id(), puzzle));
        Map<UUID, String> authors = new HashMap<>();
        List<AnnouncementView> views = new ArrayList<>();
        for (HuntAnnouncement announcement : announcements.findByHuntIdOrderByIdDesc(huntId)) {
            UUID puzzle = announcement.puzzleId();
            if (!everything && puzzle != null && !unlocked.contains(puzzle)) {
                continue;
            }
            String author = announcement.authorId() == null
                    ? null
                    : authors.computeIfAbsent(announcement.authorId(), access::username);
            views.add(view(announcement, puzzle == null ? null : byId.get(puzzle), author));
        }
        return views;
    }

    private record Checked(String text, @Nullable HuntPuzzle puzzle) {}

    private Checked check(UUID huntId, AnnouncementRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String text = RichText.check("text", request.text(), properties.announcementLength(), true, errors);
        HuntPuzzle puzzle = null;
        if (request.puzzle() != null && !request.puzzle().isBlank()) {
            puzzle = puzzles.findByHuntIdAndShortId(
                            huntId, request.puzzle().strip().toUpperCase(Locale.ROOT))
                    .orElse(null);
            if (puzzle == null) {
                errors.add(new FieldError("puzzle", "is not a puzzle of this hunt"));
            }
        }
        if (!errors.isEmpty() || text == null) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return new Checked(text, puzzle);
    }

    private HuntAnnouncement find(UUID huntId, long id) {
        return announcements
                .findById(id)
                .filter(found -> found.huntId().equals(huntId))
                .orElseThrow(() -> new NotFoundException("No announcement " + id + " in this hunt."));
    }

    private @Nullable String author(HuntAnnouncement announcement) {
        return announcement.authorId() == null ? null : access.username(announcement.authorId());
    }

    private static AnnouncementView view(
            HuntAnnouncement announcement, @Nullable HuntPuzzle puzzle, @Nullable String author) {
        return new AnnouncementView(
                announcement.id(),
                announcement.huntId(),
                puzzle == null ? null : puzzle.shortId(),
                puzzle == null ? null : puzzle.name(),
                announcement.text(),
                author,
                announcement.createdAt(),
                announcement.editedAt(),
                announcement.editedAt() != null);
    }

    /**
     * The teams that may see a new announcement (every team for the hunt's own, or after the hunt; those that
     * unlocked the puzzle for a puzzle's) get it on their feeds, and their members the ANNOUNCEMENT notification.
     */
    private void deliver(Hunt hunt, AnnouncementView view, @Nullable HuntPuzzle puzzle, Instant now) {
        boolean everyTeam = puzzle == null || hunt.ended(now);
        Map<UUID, String> teams = new LinkedHashMap<>();
        jdbc.sql("""
            SELECT t.id, t.name FROM hunt_teams t WHERE t.hunt_id = :hunt
              AND (:every OR EXISTS (SELECT 1 FROM hunt_unlocks u WHERE u.team_id = t.id AND u.puzzle_id = :puzzle))
            ORDER BY t.created_at\
            """)
                .param("hunt", hunt.id())
                .param("every", everyTeam)
                .param("puzzle", puzzle == null ? null : puzzle.id())
                .query(rs -> {
                    teams.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        live.afterCommit(
                new HuntUpdate(
                        view.id(),
                        "ANNOUNCEMENT",
                        hunt.id(),
                        null,
                        null,
                        view.puzzle(),
                        view.puzzleName(),
                        view.author(),
                        view.text(),
                        null,
                        view.createdAt()),
                teams);
        if (teams.isEmpty()) {
            return;
        }
        List<UUID> members = jdbc.sql("SELECT user_id FROM hunt_team_members WHERE team_id IN (:teams)")
                .param("teams", teams.keySet())
                .query(UUID.class)
                .list();
        String huntName = RichText.visibleText(hunt.name());
        String title = clip(
                puzzle == null ? "Announcement: " + huntName : "Announcement for " + puzzle.shortId() + ": " + huntName,
                NotificationEvent.MAX_TITLE);
        String text = clip(RichText.visibleText(view.text()), NotificationEvent.MAX_TEXT);
        String link = accountProperties.link(
                "/hunts?hunt=" + hunt.id() + (puzzle == null ? "" : "&puzzle=" + puzzle.shortId()));
        for (int from = 0; from < members.size(); from += NotificationEvent.MAX_RECIPIENTS) {
            var chunk = members.subList(from, Math.min(members.size(), from + NotificationEvent.MAX_RECIPIENTS));
            notifications.publish(new NotificationEvent(
                    NotificationType.ANNOUNCEMENT, hunt.id(), new HashSet<>(chunk), title, text, link));
        }
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
