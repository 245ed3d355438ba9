package io.quizhall.notification;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something to tell people about, handed to {@link Notifications#publish}: each recipient who subscribed to the type
 * (for this hunt or for every hunt) receives it through each of their subscriptions.
 *
 * @param type what happened
 * @param huntId the hunt it happened in, or null for events outside hunts; subscriptions for one hunt receive only
 *     that hunt's events, subscriptions without a hunt receive all
 * @param recipients the users to tell (at most {@value #MAX_RECIPIENTS}); those without a matching subscription are
 *     skipped
 * @param title a short plain-text headline (at most {@value #MAX_TITLE} characters)
 * @param text the plain-text message (at most {@value #MAX_TEXT} characters)
 * @param link an absolute http(s) address to open, or null
 */
public record NotificationEvent(
        NotificationType type,
        @Nullable UUID huntId,
        Set<UUID> recipients,
        String title,
        String text,
        @Nullable String link) {

    public static final int MAX_RECIPIENTS = 10_000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4_000;

    /** Checks the limits: a programming error in the calling feature, so plain exceptions. */
    public NotificationEvent {
        Objects.requireNonNull(type, "type");
        recipients = Set.copyOf(recipients);
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("At most " + MAX_RECIPIENTS + " recipients per notification");
        }
        if (title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A title of 1 to " + MAX_TITLE + " characters");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A text of at most " + MAX_TEXT + " characters");
        }
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw new IllegalArgumentException("A link must be an absolute http(s) address");
        }
    }
}
