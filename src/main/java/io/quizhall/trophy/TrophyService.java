package io.quizhall.trophy;

import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import io.quizhall.storage.FileReferences;
import io.quizhall.storage.StorageService;
import io.quizhall.trophy.TrophyPayloads.HeldTrophy;
import io.quizhall.trophy.TrophyPayloads.Leaderboard;
import io.quizhall.trophy.TrophyPayloads.LeaderboardEntry;
import io.quizhall.trophy.TrophyPayloads.TrophyView;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards and reads trophies. Every award goes through the ledger {@code trophy_awards}, unique per person, trophy and
 * source: a rule triggered twice for the same source (a redelivered event, two nodes, a retry) inserts nothing the
 * second time and so counts once, whatever the timing. Unique trophies have one source, {@code once}.
 */
@Service
public class TrophyService {

    static final String ONCE = "once";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final StorageService storage;
    private final Clock clock;

    TrophyService(JdbcClient jdbc, AccountService accounts, AuditTrail audit, StorageService storage, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.storage = storage;
        this.clock = clock;
    }

    private record Trophy(
            UUID id,
            String name,
            String description,
            boolean counting,
            @Nullable String rule,
            @Nullable UUID icon) {}

    /**
     * Awards the trophy of {@code rule} to {@code user} for {@code source} (a game's, an event's id) unless that
     * source earned it before. Returns whether it was awarded now.
     */
    @Transactional
    public boolean awardByRule(String rule, UUID user, String source) {
        Trophy trophy = jdbc.sql("SELECT id, name, description, counting, rule, icon FROM trophies WHERE rule = ?")
                .param(rule)
                .query(Trophy.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No trophy for rule " + rule));
        return award(trophy, user, trophy.counting() ? source : ONCE);
    }

    private boolean award(Trophy trophy, UUID user, String source) {
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = jdbc.sql("""
                        INSERT INTO trophy_awards (user_id, trophy_id, source, awarded_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (user_id, trophy_id, source) DO NOTHING""").params(user, trophy.id(), source, now).update();
        if (inserted == 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO user_trophies (user_id, trophy_id, quantity, first_awarded_at, last_awarded_at)
                        VALUES (?, ?, 1, ?, ?)
                        ON CONFLICT (user_id, trophy_id) DO UPDATE
                        SET quantity = user_trophies.quantity + CASE WHEN ? THEN 1 ELSE 0 END,
                            last_awarded_at = excluded.last_awarded_at""").params(user, trophy.id(), now, now, trophy.counting()).update();
        return true;
    }

    /** An administrator gives one more ({@code +1}) or takes one back ({@code -1}; at 1 the trophy goes). */
    @Transactional
    public HeldOrNot awardByHand(UUID trophyId, @Nullable String username, @Nullable Integer delta, CurrentUser admin) {
        requireAdmin(admin);
        var errors = new ArrayList<FieldError>();
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", "must not be blank"));
        }
        if (delta == null || (delta != 1 && delta != -1)) {
            errors.add(new FieldError("delta", "must be 1 or -1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        Trophy trophy = trophy(trophyId);
        UUID user = accounts.idOfUsername(username.strip())
                .orElseThrow(() -> new NotFoundException("No account with this username."));
        if (delta == 1) {
            if (!trophy.counting() && held(user, trophyId).isPresent()) {
                throw new ApiException(ProblemType.CONFLICT, "This trophy is held at most once, and is held already.");
            }
            award(trophy, user, trophy.counting() ? "manual:" + UUID.randomUUID() : ONCE);
        } else {
            int quantity = held(user, trophyId).orElseThrow(() -> new NotFoundException("Not held by this person."));
            if (quantity <= 1) {
                jdbc.sql("DELETE FROM user_trophies WHERE user_id = ? AND trophy_id = ?")
                        .params(user, trophyId)
                        .update();
                // Taken back entirely: a rule may award it again later.
                jdbc.sql("DELETE FROM trophy_awards WHERE user_id = ? AND trophy_id = ?")
                        .params(user, trophyId)
                        .update();
            } else {
                jdbc.sql("UPDATE user_trophies SET quantity = quantity - 1 WHERE user_id = ? AND trophy_id = ?")
                        .params(user, trophyId)
                        .update();
            }
        }
        audit.record(
                admin,
                delta == 1 ? "trophy.award" : "trophy.revoke",
                "trophy",
                trophyId,
                Map.of("player", user.toString()));
        return new HeldOrNot(username.strip(), held(user, trophyId).orElse(0));
    }

    /** The quantity a person holds after an administrator's change (0: not held any more). */
    public record HeldOrNot(String username, int quantity) {}

    @Transactional
    public TrophyView create(TrophyPayloads.TrophyRequest request, CurrentUser admin) {
        requireAdmin(admin);
        var errors = new ArrayList<FieldError>();
        String name = RichText.check("name", request.name(), 60, true, errors);
        String description = RichText.check("description", request.description(), 300, false, errors);
        UUID icon = icon("icon", request.icon(), admin, errors);
        if (name != null
                && jdbc.sql("SELECT count(*) FROM trophies WHERE lower(name) = lower(?)")
                                .param(name)
                                .query(Long.class)
                                .single()
                        > 0) {
            errors.add(new FieldError("name", "is taken by another trophy"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        UUID id = UUID.randomUUID();
        boolean counting = Boolean.TRUE.equals(request.counting());
        jdbc.sql("INSERT INTO trophies (id, name, description, counting, icon, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        name,
                        description == null ? "" : description,
                        counting,
                        icon,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(admin, "trophy.create", "trophy", id, Map.of("name", name));
        return view(trophy(id));
    }

    /** An administrator sets or removes a trophy's icon (also of the trophies the rules award). */
    @Transactional
    public TrophyView setIcon(UUID trophyId, @Nullable String iconId, CurrentUser admin) {
        requireAdmin(admin);
        trophy(trophyId);
        var errors = new ArrayList<FieldError>();
        UUID icon = icon("icon", iconId, admin, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        jdbc.sql("UPDATE trophies SET icon = ? WHERE id = ?")
                .params(icon, trophyId)
                .update();
        audit.record(admin, "trophy.icon", "trophy", trophyId, Map.of("icon", icon == null ? "" : icon.toString()));
        return view(trophy(trophyId));
    }

    /** A picture the administrator uploaded, checked like a quiz's pictures. */
    private @Nullable UUID icon(String field, @Nullable String value, CurrentUser admin, List<FieldError> errors) {
        int before = errors.size();
        var files = new FileReferences(errors);
        String id = files.add(field, value, FileReferences.Kind.PICTURE);
        files.checkUsableBy(admin.id(), java.util.Set.of(), storage);
        return id == null || errors.size() > before ? null : UUID.fromString(id);
    }

    @Transactional(readOnly = true)
    public List<TrophyView> all() {
        return jdbc
                .sql("SELECT id, name, description, counting, rule, icon FROM trophies ORDER BY lower(name)")
                .query(Trophy.class)
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    /** The trophies a person holds, most recently awarded first; for profiles and the signed-in user's own. */
    @Transactional(readOnly = true)
    public List<HeldTrophy> heldBy(UUID user) {
        return jdbc.sql("""
                        SELECT t.id, t.name, t.description, t.counting, u.quantity, u.first_awarded_at, t.icon
                        FROM user_trophies u JOIN trophies t ON t.id = u.trophy_id
                        WHERE u.user_id = ? ORDER BY u.last_awarded_at DESC, t.name""")
                .param(user)
                .query((rs, n) -> new HeldTrophy(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getInt(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getObject(7, UUID.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<HeldTrophy> heldBy(String username) {
        return heldBy(accounts.idOfUsername(username).orElseThrow(() -> new NotFoundException("No such user.")));
    }

    /** The top 10 holders: most first, then whoever got it earliest. */
    @Transactional(readOnly = true)
    public Leaderboard leaderboard(UUID trophyId) {
        Trophy trophy = trophy(trophyId);
        // Competition ranks from the database: equal quantities share a rank.
        List<LeaderboardEntry> top = jdbc.sql("""
                        SELECT rank() OVER (ORDER BY u.quantity DESC), u.user_id, u.quantity, u.first_awarded_at
                        FROM user_trophies u
                        WHERE u.trophy_id = ? ORDER BY u.quantity DESC, u.first_awarded_at, u.user_id LIMIT 10""")
                .param(trophyId)
                .query((rs, n) -> new LeaderboardEntry(
                        rs.getInt(1),
                        accounts.usernameOf(rs.getObject(2, UUID.class)).orElse(""),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        return new Leaderboard(view(trophy), top);
    }

    private Optional<Integer> held(UUID user, UUID trophyId) {
        return jdbc.sql("SELECT quantity FROM user_trophies WHERE user_id = ? AND trophy_id = ?")
                .params(user, trophyId)
                .query(Integer.class)
                .optional();
    }

    private Trophy trophy(UUID id) {
        return jdbc.sql("SELECT id, name, description, counting, rule, icon FROM trophies WHERE id = ?")
                .param(id)
                .query(Trophy.class)
                .optional()
                .orElseThrow(() -> NotFoundException.forId("trophy", id));
    }

    private TrophyView view(Trophy trophy) {
        long holders = jdbc.sql("SELECT count(*) FROM user_trophies WHERE trophy_id = ?")
                .param(trophy.id())
                .query(Long.class)
                .single();
        return new TrophyView(
                trophy.id(),
                trophy.name(),
                trophy.description(),
                trophy.counting(),
                trophy.rule(),
                holders,
                trophy.icon());
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only administrators may do this.");
        }
    }
}
