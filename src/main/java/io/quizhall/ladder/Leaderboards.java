package io.quizhall.ladder;

import io.quizhall.ladder.LadderPayloads.Leaderboard;
import io.quizhall.ladder.LadderPayloads.LeaderboardEntry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaderboards of finished runs: each player's best run (highest prize, then fewer lifelines, then shorter time,
 * then earlier), all time or since Monday 00:00 UTC of this week; runs abandoned by a deleted account do not count.
 * A deleted player's finished runs stay, each under the
 * placeholder name.
 */
@Component
class Leaderboards {

    private final JdbcClient jdbc;
    private final LadderCatalog ladders;
    private final LadderProperties properties;
    private final Clock clock;

    Leaderboards(JdbcClient jdbc, LadderCatalog ladders, LadderProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ladders = ladders;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Leaderboard of(String ladderSlug, String period) {
        LadderConfig ladder = ladders.bySlug(ladderSlug);
        Instant since = switch (period) {
            case "all" -> null;
            case "week" ->
                clock.instant()
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            default -> throw io.quizhall.shared.InvalidFieldsException.of("period", "must be all or week");
        };
        var entries = jdbc.sql("""
                        SELECT player_name, final_prize, level, status, lifelines_used, duration_ms, finished_at
                        FROM (
                            SELECT r.*, row_number() OVER (
                                PARTITION BY coalesce(r.user_id, r.id)
                                ORDER BY r.final_prize DESC, r.lifelines_used, r.duration_ms, r.finished_at) AS best
                            FROM ladder_runs r
                            WHERE r.ladder_id = :ladder AND r.status NOT IN ('ACTIVE', 'ABANDONED')
                              AND (CAST(:since AS timestamptz) IS NULL OR r.finished_at >= CAST(:since AS timestamptz))
                        ) ranked
                        WHERE best = 1
                        ORDER BY final_prize DESC, lifelines_used, duration_ms, finished_at
                        LIMIT :size""")
                .param("ladder", ladder.id())
                .param("since", since == null ? null : Timestamp.from(since), java.sql.Types.TIMESTAMP)
                .param("size", properties.leaderboardSize())
                .query((rs, row) -> new LeaderboardEntry(
                        row + 1,
                        rs.getString("player_name"),
                        rs.getLong("final_prize"),
                        "WON".equals(rs.getString("status")) ? rs.getInt("level") : rs.getInt("level") - 1,
                        rs.getInt("lifelines_used"),
                        rs.getLong("duration_ms"),
                        rs.getTimestamp("finished_at").toInstant()))
                .list();
        return new Leaderboard(ladder.slug(), period, since, entries);
    }
}
