package io.quizhall.audit;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.SqlLike;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records actions in the audit trail and reads it back for administrators. {@link #record} joins the caller's
 * transaction and refuses to run outside one: the entry commits with the action or not at all.
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends one entry. {@code action} is dotted, feature first ({@code event.publish}); {@code details} holds what
     * the action changed that the object alone does not tell (a reason, a capacity passed).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            @Nullable CurrentUser actor, String action, String objectType, Object objectId, Map<String, ?> details) {
        record(
                actor == null ? null : actor.id(),
                actor == null ? null : actor.username(),
                action,
                objectType,
                objectId,
                details);
    }

    /** The same, for an action whose actor is known by id and name only (a game's host when the game ends). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            @Nullable UUID actorId,
            @Nullable String actorName,
            String action,
            String objectType,
            Object objectId,
            Map<String, ?> details) {
        jdbc.update(
                "INSERT INTO audit_log (at, actor_id, actor_name, action, object_type, object_id, details)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)",
                Timestamp.from(clock.instant()),
                actorId,
                actorName,
                action,
                objectType,
                String.valueOf(objectId),
                json.writeValueAsString(details));
    }

    /** One entry of the trail. */
    public record AuditEntry(
            long id,
            Instant at,
            @Nullable UUID actorId,
            @Nullable String actorName,
            String action,
            String objectType,
            @Nullable String objectId,
            Map<String, Object> details) {}

    /** A page of entries, newest first; {@code next}: the cursor for the following page, null at the end. */
    public record AuditPage(
            List<AuditEntry> items, @Nullable Long next) {}

    /** What to look for; every part optional. {@code action} matches a prefix ({@code event.} for all of them). */
    public record AuditQuery(
            @Nullable UUID actorId,
            @Nullable String action,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Long before,
            int size) {}

    /** The trail for administrators, newest first, paged by a cursor (the id of the last entry seen). */
    @Transactional(readOnly = true)
    public AuditPage read(CurrentUser reader, AuditQuery query) {
        if (!reader.isAdmin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only administrators may read the audit trail.");
        }
        var sql = new StringBuilder(
                "SELECT id, at, actor_id, actor_name, action, object_type, object_id, details::text FROM audit_log"
                        + " WHERE true");
        var args = new ArrayList<Object>();
        if (query.actorId() != null) {
            sql.append(" AND actor_id = ?");
            args.add(query.actorId());
        }
        if (query.action() != null && !query.action().isBlank()) {
            sql.append(" AND action LIKE ? ESCAPE '\\'");
            args.add(SqlLike.escape(query.action().strip()) + "%");
        }
        if (query.objectType() != null && !query.objectType().isBlank()) {
            sql.append(" AND object_type = ?");
            args.add(query.objectType().strip());
        }
        if (query.objectId() != null && !query.objectId().isBlank()) {
            sql.append(" AND object_id = ?");
            args.add(query.objectId().strip());
        }
        if (query.from() != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND at < ?");
            args.add(Timestamp.from(query.to()));
        }
        if (query.before() != null) {
            sql.append(" AND id < ?");
            args.add(query.before());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(query.size() + 1);
        List<AuditEntry> rows = jdbc.query(
                sql.toString(),
                (rs, n) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        details(rs.getString(8))),
                args.toArray());
        boolean more = rows.size() > query.size();
        List<AuditEntry> page = more ? rows.subList(0, query.size()) : rows;
        return new AuditPage(List.copyOf(page), more ? page.get(page.size() - 1).id() : null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> details(String text) {
        return json.readValue(text, Map.class);
    }
}
