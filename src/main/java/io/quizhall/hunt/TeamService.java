package io.quizhall.hunt;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.game.PlayerNames;
import io.quizhall.hunt.HuntPayloads.JoinRequest;
import io.quizhall.hunt.HuntPayloads.TeamRequest;
import io.quizhall.hunt.HuntPayloads.TeamView;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.RateLimiter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams of a hunt: creating one (a unique name and join code, both left to the database's constraints), joining by
 * code under the team row's lock (so the size limit holds under concurrent joins), leaving, removing a member, and
 * the organisers' playtester flag. One team per user per hunt is a constraint too.
 */
@Service
public class TeamService {

    private static final Logger logger = LoggerFactory.getLogger(TeamService.class);
    private static final int CODE_ATTEMPTS = 5;
    private static final RateLimiter.Limit JOIN_ATTEMPTS = new RateLimiter.Limit(20, Duration.ofMinutes(1));

    private final HuntAccess access;
    private final TeamRepository teams;
    private final JdbcClient jdbc;
    private final JoinCodes codes;
    private final HuntProperties properties;
    private final RateLimiter rateLimiter;
    private final HuntLog log;
    private final UnlockEvaluation evaluation;
    private final AuditTrail audit;
    private final HuntBoardService boards;

    TeamService(
            HuntAccess access,
            TeamRepository teams,
            JdbcClient jdbc,
            JoinCodes codes,
            HuntProperties properties,
            RateLimiter rateLimiter,
            HuntLog log,
            UnlockEvaluation evaluation,
            AuditTrail audit,
            HuntBoardService boards) {
        this.access = access;
        this.teams = teams;
        this.jdbc = jdbc;
        this.codes = codes;
        this.properties = properties;
        this.rateLimiter = rateLimiter;
        this.log = log;
        this.evaluation = evaluation;
        this.audit = audit;
        this.boards = boards;
    }

    @Transactional
    public TeamView create(UUID huntId, TeamRequest request, CurrentUser user) {
        Hunt hunt = access.hunt(huntId);
        Instant now = access.now();
        if (hunt.ended(now)) {
            throw HuntExceptions.ended();
        }
        String name = teamName(request.name());
        String value = boards.registrationAnswer(hunt, registrationValue(hunt, request.registrationValue()));
        UUID teamId = insertTeam(hunt, name, value, now);
        HuntTeam team = teams.findLockedById(teamId).orElseThrow();
        addMember(hunt, team, user, now);
        if (hunt.playing(team.playtester(), now)) {
            evaluation.evaluate(hunt, team, now);
        }
        logger.info("Team {} created in hunt {} by {}", teamId, huntId, user.username());
        return access.view(team, true);
    }

    /**
     * Inserts the team: a clash of the name is the player's (409), a clash of the code is retried with a fresh one.
     * Nothing is checked first; the constraints decide, so two concurrent creations cannot both win.
     */
    private UUID insertTeam(Hunt hunt, String name, @Nullable String value, Instant now) {
        String key = PlayerNames.fold(name);
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                INSERT INTO hunt_teams (id, hunt_id, name, name_key, join_code, registration_value,
                                        next_evaluation_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING\
                """)
                    .params(
                            id,
                            hunt.id(),
                            name,
                            key,
                            codes.next(),
                            value,
                            Timestamp.from(hunt.startFor(false)),
                            Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                return id;
            }
            boolean nameTaken = jdbc.sql("SELECT count(*) FROM hunt_teams WHERE hunt_id = ? AND name_key = ?")
                            .params(hunt.id(), key)
                            .query(Long.class)
                            .single()
                    > 0;
            if (nameTaken) {
                throw HuntExceptions.nameTaken();
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_ATTEMPTS + " attempts");
    }

    @Transactional
    public TeamView join(UUID huntId, JoinRequest request, CurrentUser user) {
        rateLimiter.consumeOrThrow(
                "hunt-join:" + user.id(), JOIN_ATTEMPTS, "Too many join attempts. Wait a minute and try again.");
        Hunt hunt = access.hunt(huntId);
        Instant now = access.now();
        if (hunt.ended(now)) {
            throw HuntExceptions.ended();
        }
        String code = request.code() == null ? "" : JoinCodes.normalise(request.code());
        // Only the id here: a team loaded before its lock would keep the member count read without the lock.
        UUID teamId = jdbc.sql("SELECT id FROM hunt_teams WHERE hunt_id = ? AND join_code = ?")
                .params(huntId, code)
                .query(UUID.class)
                .optional()
                .orElseThrow(HuntExceptions::wrongCode);
        HuntTeam team = teams.findLockedById(teamId).orElseThrow(HuntExceptions::wrongCode);
        addMember(hunt, team, user, now);
        return access.view(team, true);
    }

    /** Adds the user under the team's lock: the size limit first, then the one-team-per-hunt constraint. */
    private void addMember(Hunt hunt, HuntTeam team, CurrentUser user, Instant now) {
        team.joined(hunt.teamSize());
        int inserted = jdbc.sql("""
            INSERT INTO hunt_team_members (team_id, hunt_id, user_id, joined_at) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING\
            """)
                .params(team.id(), hunt.id(), user.id(), Timestamp.from(now))
                .update();
        if (inserted == 0) {
            throw HuntExceptions.alreadyInTeam();
        }
        log.append(new HuntLog.Entry(
                hunt.id(), team, user.id(), user.username(), HuntLog.Kind.JOIN, null, null, null, now));
    }

    @Transactional(readOnly = true)
    public TeamView mine(UUID huntId, CurrentUser user) {
        access.hunt(huntId);
        UUID teamId = access.teamOf(huntId, user.id()).orElseThrow(HuntExceptions::noTeam);
        return access.view(teams.findById(teamId).orElseThrow(HuntExceptions::noTeam), true);
    }

    /** Leaves the team; an empty team stays (its solves and its name remain in the hunt's record). */
    @Transactional
    public void leave(UUID huntId, CurrentUser user) {
        Hunt hunt = access.hunt(huntId);
        UUID teamId = access.teamOf(huntId, user.id()).orElseThrow(HuntExceptions::noTeam);
        remove(hunt, teamId, user.id(), user);
    }

    /** A team member removes a teammate, or an organiser removes anyone. */
    @Transactional
    public void kick(UUID huntId, UUID teamId, UUID member, CurrentUser user) {
        Hunt hunt = access.hunt(huntId);
        boolean organiser = hunt.isOrganisedBy(user.id());
        boolean teammate =
                access.teamOf(huntId, user.id()).filter(teamId::equals).isPresent();
        if (!organiser && !teammate) {
            throw HuntExceptions.teamNotFound();
        }
        remove(hunt, teamId, member, user);
        if (organiser && !teammate) {
            audit.record(
                    user,
                    "hunt.team.kick",
                    "hunt",
                    huntId,
                    Map.of("team", teamId.toString(), "member", member.toString()));
        }
    }

    private void remove(Hunt hunt, UUID teamId, UUID member, CurrentUser by) {
        Instant now = access.now();
        if (hunt.ended(now)) {
            throw HuntExceptions.ended();
        }
        HuntTeam team = teams.findLockedById(teamId)
                .filter(t -> t.huntId().equals(hunt.id()))
                .orElseThrow(HuntExceptions::teamNotFound);
        int deleted = jdbc.sql("DELETE FROM hunt_team_members WHERE team_id = ? AND user_id = ?")
                .params(teamId, member)
                .update();
        if (deleted == 0) {
            throw new io.quizhall.shared.NotFoundException("This user is not a member of the team.");
        }
        team.left();
        log.append(new HuntLog.Entry(
                hunt.id(), team, member, access.username(member), HuntLog.Kind.LEAVE, null, null, null, now));
        logger.info("{} left team {} of hunt {} (by {})", member, teamId, hunt.id(), by.username());
    }

    // --- organisers ---

    @Transactional(readOnly = true)
    public List<TeamView> all(UUID huntId, CurrentUser organiser) {
        access.organised(huntId, organiser.id());
        return teams.findByHuntIdOrderByCreatedAt(huntId).stream()
                .map(team -> access.view(team, true))
                .toList();
    }

    /** Playtester teams play in the hunt's playtest window as well; their unlock rules count from its start. */
    @Transactional
    public TeamView playtester(UUID huntId, UUID teamId, boolean playtester, CurrentUser organiser) {
        Hunt hunt = access.organised(huntId, organiser.id());
        hunt.requireNotArchived();
        HuntTeam team = teams.findLockedById(teamId)
                .filter(t -> t.huntId().equals(huntId))
                .orElseThrow(HuntExceptions::teamNotFound);
        team.playtester(playtester);
        team.retryEvaluationAt(access.now());
        Instant now = access.now();
        if (hunt.playing(playtester, now)) {
            evaluation.evaluate(hunt, team, now);
        }
        audit.record(
                organiser,
                "hunt.team.playtester",
                "hunt",
                huntId,
                Map.of("team", teamId.toString(), "playtester", playtester));
        return access.view(team, true);
    }

    private String teamName(@Nullable String raw) {
        String name = raw == null ? "" : PlayerNames.tidy(raw);
        if (name.isEmpty()) {
            throw InvalidFieldsException.of("name", "must have at least one visible character");
        }
        if (PlayerNames.length(name) > properties.teamNameLength()) {
            throw InvalidFieldsException.of(
                    "name", "must be at most " + properties.teamNameLength() + " characters long");
        }
        return name;
    }

    private static @Nullable String registrationValue(Hunt hunt, @Nullable String raw) {
        if (hunt.registrationField() == null) {
            return null;
        }
        String value = raw == null ? "" : PlayerNames.tidy(raw);
        if (value.isEmpty()) {
            throw InvalidFieldsException.of("registrationValue", "must not be blank");
        }
        if (PlayerNames.length(value) > 80) {
            throw InvalidFieldsException.of("registrationValue", "must be at most 80 characters long");
        }
        return value;
    }
}
