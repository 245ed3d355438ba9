package io.quizhall.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One user's wish to hear of one event type, for one hunt or all, through one platform. A webhook subscription has
 * its URL (checked by the SSRF guard when saved and again at every delivery) and its own signing secret, which is
 * shown to the user once, when the subscription is made; it is kept in clear because every delivery needs it.
 */
@Entity
@Table(name = "notification_subscriptions")
class NotificationSubscription {

    @Id
    private UUID id;

    private UUID userId;

    private UUID platformId;

    @Enumerated(EnumType.STRING)
    private NotificationType eventType;

    private @Nullable UUID huntId;

    private @Nullable String url;

    private @Nullable String secret;

    private Instant createdAt;

    protected NotificationSubscription() {}

    NotificationSubscription(
            UUID userId,
            UUID platformId,
            NotificationType eventType,
            @Nullable UUID huntId,
            @Nullable String url,
            @Nullable String secret,
            Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.platformId = platformId;
        this.eventType = eventType;
        this.huntId = huntId;
        this.url = url;
        this.secret = secret;
        this.createdAt = now;
    }

    boolean isOwnedBy(UUID user) {
        return userId.equals(user);
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    UUID platformId() {
        return platformId;
    }

    NotificationType eventType() {
        return eventType;
    }

    @Nullable
    UUID huntId() {
        return huntId;
    }

    @Nullable
    String url() {
        return url;
    }

    Instant createdAt() {
        return createdAt;
    }
}
