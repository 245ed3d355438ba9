package io.quizhall.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A way of delivering notifications that an administrator offers to users; disabled, it sends nothing. */
@Entity
@Table(name = "notification_platforms")
class NotificationPlatform {

    static final int MAX_NAME = 100;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private PlatformKind kind;

    private String name;

    private boolean enabled;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected NotificationPlatform() {}

    NotificationPlatform(PlatformKind kind, String name, boolean enabled, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.name = checkedName(name);
        this.enabled = enabled;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String name, boolean enabled, Instant now) {
        this.name = checkedName(name);
        this.enabled = enabled;
        this.updatedAt = now;
    }

    private static String checkedName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("A platform name of 1 to " + MAX_NAME + " characters");
        }
        return stripped;
    }

    UUID id() {
        return id;
    }

    PlatformKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
