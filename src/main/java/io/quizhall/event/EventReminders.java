package io.quizhall.event;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.AccountService;
import io.quizhall.shared.RichText;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails registered players who want it before their sessions ({@code quizhall.event.remind-before}) and when a
 * session's game starts. Every node runs the reminder job; a reminder is claimed by inserting its row into
 * {@code event_reminders} (primary key: session and player) in the same statement that finds it, so exactly one node
 * claims each, and only the claimer sends it, after the claim committed. A reminder whose sending fails is not
 * retried: at most once, never twice.
 */
@Component
class EventReminders {

    private static final Logger log = LoggerFactory.getLogger(EventReminders.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'")
            .withLocale(java.util.Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AccountService accounts;
    private final AccountProperties accountProperties;
    private final EventProperties properties;
    private final Clock clock;

    EventReminders(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AccountService accounts,
            AccountProperties accountProperties,
            EventProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
        this.accountProperties = accountProperties;
        this.properties = properties;
        this.clock = clock;
    }

    record Due(UUID sessionId, UUID userId, UUID eventId, String title, Instant startsAt) {}

    /**
     * Tells the registered players who want e-mails that the session's game started, with its PIN, once the launch
     * committed (the launch happens once per session, so this is sent once).
     */
    @TransactionalEventListener
    void started(SessionLaunched launched) {
        List<UUID> players = jdbc.sql("SELECT user_id FROM event_registrations WHERE event_id = ? AND remind")
                .param(launched.eventId())
                .query(UUID.class)
                .list();
        String title = RichText.visibleText(launched.title());
        String join = accountProperties.link("/play?pin=" + launched.pin());
        for (UUID player : players) {
            accounts.mail(player, "Starting now: " + title, """
                    The game of "%s" has started. Join it with the PIN %s:
                    %s
                    """.formatted(title, launched.pin(), join));
        }
    }

    @Scheduled(
            fixedDelayString = "${quizhall.event.reminder-interval:1m}",
            initialDelayString = "${quizhall.event.reminder-interval:1m}")
    void run() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next run tries again.
            log.warn("Event reminders could not be claimed this time: {}", e.toString());
        }
    }

    /** Claims the reminders due now and sends them; returns how many this call claimed. */
    int sendDue() {
        Instant now = clock.instant();
        List<Due> claimed = transactions.execute(status -> jdbc.sql("""
                        WITH due AS (
                          SELECT s.id AS session_id, r.user_id, e.id AS event_id, e.title, s.starts_at
                          FROM event_sessions s
                          JOIN events e ON e.id = s.event_id
                          JOIN event_registrations r ON r.event_id = e.id
                          WHERE e.status IN ('OPEN', 'CLOSED') AND r.remind AND s.game_id IS NULL
                            AND s.starts_at > :now AND s.starts_at <= :until),
                        claimed AS (
                          INSERT INTO event_reminders (session_id, user_id, claimed_at)
                          SELECT session_id, user_id, :now FROM due
                          ON CONFLICT DO NOTHING
                          RETURNING session_id, user_id)
                        SELECT d.session_id, d.user_id, d.event_id, d.title, d.starts_at
                        FROM due d JOIN claimed c USING (session_id, user_id)""")
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(properties.remindBefore())))
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list());
        for (Due due : claimed) {
            String title = RichText.visibleText(due.title());
            accounts.mail(due.userId(), "Reminder: " + title, """
                    You registered for "%s", which starts on %s.

                    When the organiser starts the game, join it from the event's page:
                    %s

                    You receive this because you registered with reminders on. To stop them, unregister and register
                    again with reminders off.""".formatted(
                    title, WHEN.format(due.startsAt()), accountProperties.link("/events?event=" + due.eventId())));
        }
        if (!claimed.isEmpty()) {
            log.info("Sent {} event reminders", claimed.size());
        }
        return claimed.size();
    }
}
