package io.quizhall.remote;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A hardware buzzer paired with an account; it plays under {@code playerName}. Table {@code controller}. */
@Entity
@Table(name = "controller")
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

    protected RemoteController() {}

    RemoteController(UUID userId, String name, String playerName, byte[] secretKeyHash) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.playerName = playerName;
        this.secretKeyHash = secretKeyHash.clone();
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

    void checkIn(Instant now, String osVersion) {
        if (firstSeen == null) {
            firstSeen = now;
        }
        lastSeen = now;
        this.osVersion = osVersion;
    }
}
