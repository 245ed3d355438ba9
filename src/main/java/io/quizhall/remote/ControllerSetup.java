package io.quizhall.remote;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A device's request to be added: the setup code it shows (hashed), the setup token it keeps to collect its
 * secret (hashed), and, once a teacher entered the code, the new controller and its secret until the device
 * collects them (then the row is deleted). Table {@code controller_setup}.
 */
@Entity
@Table(name = "controller_setup")
class ControllerSetup {

    @Id
    private UUID id;

    private byte[] codeHash;

    private byte[] tokenHash;

    private @Nullable String firmwareVersion;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable UUID controllerId;

    private @Nullable String secret;

    protected ControllerSetup() {}

    ControllerSetup(
            byte[] codeHash, byte[] tokenHash, @Nullable String firmwareVersion, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.codeHash = codeHash.clone();
        this.tokenHash = tokenHash.clone();
        this.firmwareVersion = firmwareVersion;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    @Nullable
    String firmwareVersion() {
        return firmwareVersion;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isPaired() {
        return controllerId != null;
    }

    @Nullable
    UUID controllerId() {
        return controllerId;
    }

    @Nullable
    String secret() {
        return secret;
    }

    /** A teacher entered the code: the device may now collect {@code secret} once. */
    void pair(UUID controllerId, String secret) {
        if (isPaired()) {
            throw RemoteExceptions.unknownSetupCode();
        }
        this.controllerId = controllerId;
        this.secret = secret;
    }
}
