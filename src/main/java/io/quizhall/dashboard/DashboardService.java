package io.quizhall.dashboard;

import io.quizhall.account.CurrentUser;
import io.quizhall.trophy.TrophyService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a user's dashboard with one aggregate query per part (no per-row loops) and keeps it briefly, so a
 * dashboard reloaded on every page view costs the database little.
 */
@Service
public class DashboardService {

    private static final int CACHED_USERS = 10_000;

    private final JdbcClient jdbc;
    private final TrophyService trophies;
    private final Duration cacheFor;
    private final Clock clock;
    private final Map<UUID, Dashboard> cache = new ConcurrentHashMap<>();

    DashboardService(
            JdbcClient jdbc,
            TrophyService trophies,
            @Value("${quizhall.dashboard.cache-for:30s}") Duration cacheFor,
            Clock clock) {
        this.jdbc = jdbc;
        this.trophies = trophies;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    public Dashboard of(CurrentUser user) {
        Instant now = clock.instant();
        Dashboard known = cache.get(user.id());
        if (known != null && known.computedAt().plus(cacheFor).isAfter(now)) {
            return known;
        }
        Dashboard fresh = compute(user.id(), now);
        if (cache.size() >= CACHED_USERS) {
            cache.clear();
        }
        cache.put(user.id(), fresh);
        return fresh;
    }

    @Transactional(readOnly = true)
    Dashboard compute(UUID user, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Dashboard.Upcoming> upcoming = jdbc.sql("""
                        SELECT e.id, e.title, s.starts_at, s.ends_at
                        FROM event_registrations r JOIN events e ON e.id = r.event_id
                        JOIN event_sessions s ON s.event_id = e.id
                        WHERE r.user_id = ? AND s.ends_at > ? AND e.status <> 'DRAFT'
                        ORDER BY s.starts_at LIMIT 10""")
                .params(user, at)
                .query((rs, n) -> new Dashboard.Upcoming(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .list();
        List<Dashboard.Hosted> hosted = jdbc.sql("""
                        SELECT id, title, timestamp, player_count FROM game_results
                        WHERE user_id = ? ORDER BY timestamp DESC LIMIT 5""")
                .param(user)
                .query((rs, n) -> new Dashboard.Hosted(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getInt(4)))
                .list();
        Dashboard.Stats stats = jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM game_results WHERE user_id = :user),
                          (SELECT coalesce(sum(player_count), 0) FROM game_results WHERE user_id = :user),
                          (SELECT count(*) FROM ladder_runs WHERE user_id = :user AND status <> 'ACTIVE'),
                          (SELECT count(*) FROM ladder_run_steps
                             WHERE user_id = :user AND outcome IN ('RIGHT', 'WRONG', 'TIMED_OUT')),
                          (SELECT avg(CASE WHEN outcome = 'RIGHT' THEN 1.0 ELSE 0.0 END) FROM ladder_run_steps
                             WHERE user_id = :user AND outcome IN ('RIGHT', 'WRONG', 'TIMED_OUT')),
                          (SELECT coalesce(max(final_prize), 0) FROM ladder_runs WHERE user_id = :user),
                          (SELECT avg(level) FROM ladder_runs WHERE user_id = :user AND status <> 'ACTIVE'),
                          (SELECT coalesce(sum(duration_ms), 0) / 60000 FROM ladder_runs WHERE user_id = :user),
                          (SELECT count(*) FROM event_registrations WHERE user_id = :user)""")
                .param("user", user)
                .query((rs, n) -> new Dashboard.Stats(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getDouble(5),
                        rs.getLong(6),
                        rs.getObject(7) == null ? null : rs.getDouble(7),
                        rs.getLong(8),
                        rs.getLong(9)))
                .single();
        List<String> subjects = jdbc.sql("""
                        SELECT c.name FROM ladder_run_steps s
                        JOIN ladder_question_categories qc ON qc.question_id = s.question_id
                        JOIN ladder_categories c ON c.id = qc.category_id
                        WHERE s.user_id = ? AND s.outcome IN ('RIGHT', 'WRONG', 'TIMED_OUT')
                        GROUP BY c.name ORDER BY count(*) DESC, c.name LIMIT 3""").param(user).query(String.class).list();
        List<Dashboard.Month> activity = jdbc.sql("""
                        WITH months AS (
                          SELECT generate_series(date_trunc('month', :now::timestamptz AT TIME ZONE 'UTC')
                                                   - interval '11 months',
                                                 date_trunc('month', :now::timestamptz AT TIME ZONE 'UTC'),
                                                 interval '1 month') AS month)
                        SELECT to_char(m.month, 'YYYY-MM'),
                          (SELECT count(*) FROM game_results g WHERE g.user_id = :user
                             AND date_trunc('month', g.timestamp AT TIME ZONE 'UTC') = m.month),
                          (SELECT count(*) FROM ladder_runs l WHERE l.user_id = :user
                             AND date_trunc('month', l.started_at AT TIME ZONE 'UTC') = m.month),
                          (SELECT count(*) FROM event_registrations r WHERE r.user_id = :user
                             AND date_trunc('month', r.registered_at AT TIME ZONE 'UTC') = m.month)
                        FROM months m ORDER BY m.month""")
                .param("user", user)
                .param("now", at)
                .query((rs, n) -> new Dashboard.Month(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        return new Dashboard(upcoming, hosted, stats, subjects, activity, trophies.heldBy(user), now);
    }
}
