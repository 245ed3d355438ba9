package io.quizhall.event;

import io.quizhall.account.AccountProperties;
import io.quizhall.notification.NotificationEvent;
import io.quizhall.notification.NotificationType;
import io.quizhall.notification.Notifications;
import io.quizhall.shared.RichText;
import java.util.HashSet;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the registered players who subscribed to {@link NotificationType#EVENT_SESSION_STARTING} that a session's
 * game started. A plain (synchronous) listener, so the deliveries are queued in the launch's own transaction and
 * exist exactly when the launch committed.
 */
@Component
class EventNotifications {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AccountProperties accountProperties;

    EventNotifications(JdbcClient jdbc, Notifications notifications, AccountProperties accountProperties) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.accountProperties = accountProperties;
    }

    @EventListener
    void launched(SessionLaunched launched) {
        var players = new HashSet<>(jdbc.sql("SELECT user_id FROM event_registrations WHERE event_id = ?")
                .param(launched.eventId())
                .query(UUID.class)
                .list());
        String title = RichText.visibleText(launched.title());
        String headline = "Starting now: " + title;
        if (headline.length() > NotificationEvent.MAX_TITLE) {
            headline = headline.substring(0, NotificationEvent.MAX_TITLE - 1) + "…";
        }
        notifications.publish(new NotificationEvent(
                NotificationType.EVENT_SESSION_STARTING,
                null,
                players,
                headline,
                "The game of \"%s\" has started. Join it with the PIN %s.".formatted(title, launched.pin()),
                accountProperties.link("/play?pin=" + launched.pin())));
    }
}
