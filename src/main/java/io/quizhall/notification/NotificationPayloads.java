package io.quizhall.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the notifications API (docs/notifications.md). */
public final class NotificationPayloads {

    private NotificationPayloads() {}

    /** An administrator's new platform; {@code enabled} defaults to true. */
    public record PlatformRequest(
            @Nullable PlatformKind kind,
            @Nullable String name,
            @Nullable Boolean enabled) {}

    /** An administrator's change to a platform (its kind cannot change). */
    public record PlatformUpdate(
            @Nullable String name, @Nullable Boolean enabled) {}

    /** A platform as administrators see it, with the number of subscriptions that use it. */
    public record PlatformView(
            UUID id, PlatformKind kind, String name, boolean enabled, long subscriptions, Instant createdAt) {

        static PlatformView of(NotificationPlatform platform, long subscriptions) {
            return new PlatformView(
                    platform.id(),
                    platform.kind(),
                    platform.name(),
                    platform.enabled(),
                    subscriptions,
                    platform.createdAt());
        }
    }

    /** A platform a user may subscribe through. */
    public record PlatformChoice(UUID id, PlatformKind kind, String name) {}

    /** What a user may subscribe to: the enabled platforms and the event types. */
    public record SubscriptionOptions(List<PlatformChoice> platforms, List<NotificationType> types) {}

    /**
     * A user's new subscription. {@code url} is required for webhook and Discord platforms and must be empty for
     * e-mail (which goes to the account's verified address); {@code huntId} limits it to one hunt.
     */
    public record SubscriptionRequest(
            @Nullable UUID platformId,
            @Nullable NotificationType type,
            @Nullable UUID huntId,
            @Nullable String url) {}

    /**
     * A subscription. {@code secret} (webhooks only) is present once, in the answer to its creation: it signs every
     * delivery and is never shown again.
     */
    public record SubscriptionView(
            UUID id,
            UUID platformId,
            PlatformKind platformKind,
            String platformName,
            boolean platformEnabled,
            NotificationType type,
            @Nullable UUID huntId,
            @Nullable String url,
            @Nullable String secret,
            Instant createdAt) {

        static SubscriptionView of(
                NotificationSubscription subscription, NotificationPlatform platform, @Nullable String secret) {
            return new SubscriptionView(
                    subscription.id(),
                    platform.id(),
                    platform.kind(),
                    platform.name(),
                    platform.enabled(),
                    subscription.eventType(),
                    subscription.huntId(),
                    subscription.url(),
                    secret,
                    subscription.createdAt());
        }
    }

    /** A user's subscriptions, oldest first. */
    public record SubscriptionList(List<SubscriptionView> items) {}
}
