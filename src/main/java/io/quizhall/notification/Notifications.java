package io.quizhall.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notifications API for other features. {@link #publish} joins the caller's transaction and only writes rows:
 * the deliveries commit with the caller's action or not at all, and are sent later by {@link DeliveryWorker} on any
 * node, so the caller never waits for a network.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues one delivery for each subscription of a recipient that matches the event's type and hunt, through an
     * enabled platform. Must run inside the caller's transaction (it refuses to run outside one). Returns the number
     * of deliveries queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int publish(NotificationEvent event) {
        if (event.recipients().isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type().name());
        payload.put("huntId", event.huntId() == null ? null : event.huntId().toString());
        payload.put("title", event.title());
        payload.put("text", event.text());
        payload.put("link", event.link());
        payload.put("occurredAt", now.toString());
        String body = json.writeValueAsString(payload);
        int queued = jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                            INSERT INTO notification_deliveries
                              (id, subscription_id, event_type, payload, status, attempts, next_attempt_at, created_at)
                            SELECT gen_random_uuid(), s.id, s.event_type, ?::jsonb, 'PENDING', 0, ?, ?
                            FROM notification_subscriptions s
                            JOIN notification_platforms p ON p.id = s.platform_id
                            WHERE p.enabled AND s.event_type = ? AND s.user_id = ANY (?)
                              AND (s.hunt_id IS NULL OR s.hunt_id = ?)""");
            statement.setString(1, body);
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setString(4, event.type().name());
            statement.setArray(
                    5, connection.createArrayOf("uuid", event.recipients().toArray(UUID[]::new)));
            statement.setObject(6, event.huntId(), java.sql.Types.OTHER);
            return statement;
        });
        if (queued > 0) {
            log.info("Queued {} {} notification deliveries", queued, event.type());
        }
        return queued;
    }
}
