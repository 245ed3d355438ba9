package io.quizhall.hunt;

import io.quizhall.account.AccountProperties;
import io.quizhall.notification.NotificationEvent;
import io.quizhall.notification.NotificationType;
import io.quizhall.notification.Notifications;
import io.quizhall.shared.RichText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends HUNT_STARTING to the members of a hunt's teams {@code starting-notice} before its start, once: each node
 * looks every {@code evaluation-interval}, and a hunt is claimed by a conditional UPDATE of
 * {@code hunts.starting_notice_for} (rows locked with {@code SKIP LOCKED}) in the transaction that queues the
 * deliveries, so exactly one node sends it. Moving the start sends it again for the new start.
 */
@Component
class HuntStartingNotices {

    private static final Logger log = LoggerFactory.getLogger(HuntStartingNotices.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HuntAccess access;
    private final Notifications notifications;
    private final AccountProperties accountProperties;
    private final HuntNoticeProperties properties;

    HuntStartingNotices(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            HuntAccess access,
            Notifications notifications,
            AccountProperties accountProperties,
            HuntNoticeProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.access = access;
        this.notifications = notifications;
        this.accountProperties = accountProperties;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${quizhall.hunt.evaluation-interval:5s}",
            initialDelayString = "${quizhall.hunt.evaluation-interval:5s}")
    void run() {
        try {
            notifyDue();
        } catch (RuntimeException failure) {
            log.warn("Hunt starting notices failed; the next round tries again", failure);
        }
    }

    /** Claims the hunts that start within the notice and were not told of this start; returns how many. */
    int notifyDue() {
        Instant now = access.now();
        record Claimed(UUID id, String name, Instant startsAt) {}
        Integer sent = transactions.execute(status -> {
            List<Claimed> claimed = jdbc.sql("""
                UPDATE hunts SET starting_notice_for = starts_at
                WHERE id IN (SELECT id FROM hunts
                             WHERE NOT archived AND starts_at > :now AND starts_at <= :until
                               AND starting_notice_for IS DISTINCT FROM starts_at
                             ORDER BY starts_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                  AND starting_notice_for IS DISTINCT FROM starts_at
                RETURNING id, name, starts_at\
                """)
                    .param("now", Timestamp.from(now))
                    .param("until", Timestamp.from(now.plus(properties.startingNotice())))
                    .param("batch", BATCH)
                    .query((rs, row) -> new Claimed(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getTimestamp("starts_at").toInstant()))
                    .list();
            claimed.forEach(hunt -> publish(hunt.id(), hunt.name(), hunt.startsAt()));
            return claimed.size();
        });
        return sent == null ? 0 : sent;
    }

    private void publish(UUID hunt, String name, Instant startsAt) {
        List<UUID> members = jdbc.sql("SELECT user_id FROM hunt_team_members WHERE hunt_id = ?")
                .param(hunt)
                .query(UUID.class)
                .list();
        log.info("Hunt {} starts at {}: telling {} members", hunt, startsAt, members.size());
        String visible = RichText.visibleText(name);
        String title = HuntAnnouncementService.clip("Starting soon: " + visible, NotificationEvent.MAX_TITLE);
        String text = HuntAnnouncementService.clip(
                "The hunt \"%s\" starts at %s.".formatted(visible, startsAt), NotificationEvent.MAX_TEXT);
        String link = accountProperties.link("/hunts?hunt=" + hunt);
        for (int from = 0; from < members.size(); from += NotificationEvent.MAX_RECIPIENTS) {
            var chunk = members.subList(from, Math.min(members.size(), from + NotificationEvent.MAX_RECIPIENTS));
            notifications.publish(new NotificationEvent(
                    NotificationType.HUNT_STARTING, hunt, new HashSet<>(chunk), title, text, link));
        }
    }
}
