package io.quizhall.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A login session. Only the SHA-256 of its key is stored, so a database leak does not leak sessions. */
@Entity
@Table(name = "user_sessions")
class UserSession {

    @Id
    private UUID id;

    private UUID userId;

    private byte[] sessionKeyHash;

    private Instant createdAt;

    private @Nullable String ipAddress;

    private @Nullable String userAgent;

    private Instant lastSeen;

    /** When the owner last proved who they are in this session: at login, or by re-authenticating. */
    private Instant provenAt;

    protected UserSession() {}

    UserSession(
            UUID userId,
            byte[] sessionKeyHash,
            @Nullable String ipAddress,
            @Nullable String userAgent,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.sessionKeyHash = sessionKeyHash.clone();
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.createdAt = createdAt;
        this.lastSeen = createdAt;
        this.provenAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    @Nullable
    String ipAddress() {
        return ipAddress;
    }

    @Nullable
    String userAgent() {
        return userAgent;
    }

    boolean isExpired(Instant now, Duration idleTimeout, Duration absoluteTimeout) {
        return !now.isBefore(lastSeen.plus(idleTimeout)) || !now.isBefore(createdAt.plus(absoluteTimeout));
    }

    /** Whether the owner proved who they are within {@code window} ("sudo mode" for sensitive changes). */
    boolean isFreshlyProven(Instant now, Duration window) {
        return now.isBefore(provenAt.plus(window));
    }

    void markProven(Instant now) {
        this.provenAt = now;
    }

    void touch(Instant now) {
        if (now.isAfter(lastSeen)) {
            this.lastSeen = now;
        }
    }
}
