package io.quizhall.hunt;

import io.quizhall.account.AccountProperties;
import io.quizhall.notification.NotificationEvent;
import io.quizhall.notification.NotificationType;
import io.quizhall.notification.Notifications;
import io.quizhall.shared.RichText;
import java.util.HashSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a team's other members who subscribed to {@link NotificationType#TEAM_SOLVED_PUZZLE} that their team solved
 * a puzzle (docs/notifications.md). A plain (synchronous) listener: the deliveries are queued in the solve's own
 * transaction, so they exist exactly when the solve committed.
 */
@Component
class HuntNotifications {

    private final HuntRepository hunts;
    private final Notifications notifications;
    private final AccountProperties accountProperties;

    HuntNotifications(HuntRepository hunts, Notifications notifications, AccountProperties accountProperties) {
        this.hunts = hunts;
        this.notifications = notifications;
        this.accountProperties = accountProperties;
    }

    @EventListener
    void solved(HuntPuzzleSolved solved) {
        var others = new HashSet<>(solved.members());
        others.remove(solved.solvedBy());
        if (others.isEmpty()) {
            return;
        }
        String hunt = hunts.findById(solved.huntId())
                .map(found -> RichText.visibleText(found.name()))
                .orElse("");
        String title = "Your team solved " + solved.shortId();
        notifications.publish(new NotificationEvent(
                NotificationType.TEAM_SOLVED_PUZZLE,
                solved.huntId(),
                others,
                title,
                hunt.isEmpty()
                        ? "Your team solved puzzle " + solved.shortId() + "."
                        : "Your team solved puzzle %s of \"%s\".".formatted(solved.shortId(), hunt),
                accountProperties.link("/hunts?hunt=" + solved.huntId() + "&puzzle=" + solved.shortId())));
    }
}
