package io.quizhall.remote;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A button controller (a device with four buttons) paired with a teacher's account; it joins games as a player
 * under {@code playerName}. Its secret is kept as a SHA-256 hash only. Table {@code controller}.
 */
@Entity
@Table(name = "controller")
// Only changed columns are written: a device's ping (seen times, firmware) and a teacher's change (names, wanted
// firmware, revocation) touch different columns, so neither undoes the other when they overlap.
@DynamicUpdate
class RemoteController {

    @Id
    private UUID id;

    private UUID userId;

    private byte[] secretKeyHash;

    private String playerName;

    private @Nullable Instant lastSeen;

    private @Nullable Instant firstSeen;

    private String name;

    private @Nullable String osVersion;

    private @Nullable String wantedOsVersion;

    private Instant createdAt;

    private @Nullable Instant revokedAt;

    protected RemoteController() {}

    RemoteController(UUID userId, String name, String playerName, byte[] secretKeyHash, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.playerName = playerName;
        this.secretKeyHash = secretKeyHash.clone();
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String playerName() {
        return playerName;
    }

    @Nullable
    Instant firstSeen() {
        return firstSeen;
    }

    @Nullable
    Instant lastSeen() {
        return lastSeen;
    }

    @Nullable
    String osVersion() {
        return osVersion;
    }

    @Nullable
    String wantedOsVersion() {
        return wantedOsVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Online: it pinged within the window (docs/controllers.md, "Pings"). */
    boolean isOnline(Instant now, Duration window) {
        return !isRevoked() && lastSeen != null && !lastSeen.isBefore(now.minus(window));
    }

    /** Compares in constant time, so a response's timing tells nothing about a guessed secret. */
    boolean hasSecretHash(byte[] hash) {
        return MessageDigest.isEqual(secretKeyHash, hash);
    }

    /** The device was heard from; {@code osVersion} is the firmware it says it runs, if it said. */
    void checkIn(Instant now, @Nullable String osVersion) {
        if (firstSeen == null) {
            firstSeen = now;
        }
        lastSeen = now;
        if (osVersion != null) {
            this.osVersion = osVersion;
        }
    }

    /** The firmware the device reported while it was being set up, before it first pinged. */
    void reportFirmware(@Nullable String version) {
        if (version != null) {
            this.osVersion = version;
        }
    }

    void rename(String name, String playerName) {
        requireActive();
        this.name = name;
        this.playerName = playerName;
    }

    /** The firmware the teacher wants it to run; the device is told on its next ping. Null: no wish. */
    void wantFirmware(@Nullable String version) {
        requireActive();
        this.wantedOsVersion = version;
    }

    /** For good: its secret no longer works, and it cannot be changed any more. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    private void requireActive() {
        if (isRevoked()) {
            throw RemoteExceptions.revokedCannotChange();
        }
    }
}
