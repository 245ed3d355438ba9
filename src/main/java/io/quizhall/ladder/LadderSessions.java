package io.quizhall.ladder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ladder for other features (a scheduled event that runs a ladder, docs/events.md): whether a ladder exists, and
 * the best run of each of some players on it within a time window.
 */
@Service
public class LadderSessions {

    private final JdbcClient jdbc;

    LadderSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a ladder has this slug. */
    @Transactional(readOnly = true)
    public boolean exists(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ladders WHERE slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    /**
     * The best run of each of {@code players} on the ladder among those started from {@code from} until before
     * {@code to}, highest prize first (ties: who reached it first). A finished run counts with its final prize, an
     * active one with its banked prize.
     */
    @Transactional(readOnly = true)
    public List<LadderBestRun> best(String slug, Collection<UUID> players, Instant from, Instant to) {
        if (players.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT user_id, player_name, prize, finished FROM (
                          SELECT DISTINCT ON (r.user_id) r.user_id, r.player_name,
                                 coalesce(r.final_prize, r.banked_prize) AS prize,
                                 r.finished_at IS NOT NULL AS finished,
                                 coalesce(r.finished_at, r.started_at) AS reached
                          FROM ladder_runs r JOIN ladders l ON l.id = r.ladder_id
                          WHERE l.slug = ? AND r.user_id = ANY(?) AND r.started_at >= ? AND r.started_at < ?
                          ORDER BY r.user_id, coalesce(r.final_prize, r.banked_prize) DESC, r.started_at) best
                        ORDER BY prize DESC, reached, user_id""")
                .params(slug, players.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new LadderBestRun(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
                .list();
    }
}
