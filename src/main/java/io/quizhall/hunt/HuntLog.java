package io.quizhall.hunt;

import io.quizhall.hunt.HuntPayloads.HuntUpdate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hunt's event log (PuzzleSpring's Event): every submission, unlock, solve, finish and team change is appended
 * in the transaction that made it, and sent live once that transaction commits.
 */
@Component
class HuntLog {

    /** What an entry records. */
    enum Kind {
        SUBMISSION,
        UNLOCK,
        SOLVE,
        FINISH,
        JOIN,
        LEAVE,
        HINT_REVEAL,
        HINT_REQUEST,
        HINT_CLAIM,
        HINT_RELEASE,
        HINT_ANSWER,
        HINT_EDIT,
        HINT_REFUND;

        /** Kinds the team's own feed leaves out: how staff handle the queue is the organisers' business. */
        static final List<String> STAFF_ONLY = List.of(HINT_CLAIM.name(), HINT_RELEASE.name());
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final HuntLive live;

    HuntLog(JdbcClient jdbc, JsonMapper json, HuntLive live) {
        this.jdbc = jdbc;
        this.json = json;
        this.live = live;
    }

    /** Who and what an entry is about, with their names for the feeds. */
    record Entry(
            UUID hunt,
            @Nullable HuntTeam team,
            @Nullable UUID user,
            @Nullable String username,
            Kind kind,
            @Nullable HuntPuzzle puzzle,
            @Nullable String text,
            @Nullable String outcome,
            Instant at) {}

    void append(Entry entry) {
        var details = new java.util.LinkedHashMap<String, Object>();
        if (entry.username() != null) {
            details.put("username", entry.username());
        }
        if (entry.text() != null) {
            details.put("text", entry.text());
        }
        if (entry.outcome() != null) {
            details.put("outcome", entry.outcome());
        }
        Long id = jdbc.sql("""
            INSERT INTO hunt_events (hunt_id, team_id, user_id, kind, puzzle_id, at, details)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id\
            """)
                .params(
                        entry.hunt(),
                        entry.team() == null ? null : entry.team().id(),
                        entry.user(),
                        entry.kind().name(),
                        entry.puzzle() == null ? null : entry.puzzle().id(),
                        Timestamp.from(entry.at()),
                        json.writeValueAsString(details))
                .query(Long.class)
                .single();
        live.afterCommit(new HuntUpdate(
                id,
                entry.kind().name(),
                entry.hunt(),
                entry.team() == null ? null : entry.team().id(),
                entry.team() == null ? null : entry.team().name(),
                entry.puzzle() == null ? null : entry.puzzle().shortId(),
                entry.puzzle() == null ? null : entry.puzzle().name(),
                entry.username(),
                entry.text(),
                entry.outcome(),
                entry.at()));
    }

    /** The newest entries first: of one team, or of the whole hunt ({@code team} null); before {@code beforeId}. */
    List<HuntUpdate> read(UUID hunt, @Nullable UUID team, @Nullable Long beforeId, int limit) {
        return jdbc.sql("""
            SELECT e.id, e.kind, e.hunt_id, e.team_id, t.name AS team_name, p.short_id, p.name AS puzzle_name,
                   e.details ->> 'username' AS username, e.details ->> 'text' AS text,
                   e.details ->> 'outcome' AS outcome, e.at
            FROM hunt_events e
            LEFT JOIN hunt_teams t ON t.id = e.team_id
            LEFT JOIN hunt_puzzles p ON p.id = e.puzzle_id
            WHERE e.hunt_id = :hunt AND (CAST(:team AS uuid) IS NULL OR e.team_id = :team)
              AND (CAST(:before AS bigint) IS NULL OR e.id < :before)
              AND (CAST(:team AS uuid) IS NULL OR e.kind NOT IN (:staffOnly))
            ORDER BY e.id DESC LIMIT :limit\
            """)
                .param("hunt", hunt)
                .param("team", team)
                .param("before", beforeId)
                .param("limit", limit)
                .param("staffOnly", Kind.STAFF_ONLY)
                .query((rs, row) -> new HuntUpdate(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getObject("hunt_id", UUID.class),
                        rs.getObject("team_id", UUID.class),
                        rs.getString("team_name"),
                        rs.getString("short_id"),
                        rs.getString("puzzle_name"),
                        rs.getString("username"),
                        rs.getString("text"),
                        rs.getString("outcome"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
