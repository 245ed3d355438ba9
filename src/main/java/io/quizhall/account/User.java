package io.quizhall.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A teacher's account. Secrets are kept only as hashes; see docs/schema.md. */
@Entity
@Table(name = "users")
class User {

    @Id
    private UUID id;

    /** Null only for accounts made by a provider sign-in without a usable address. */
    private @Nullable String email;

    private String username;

    /** An Argon2id encoded hash, or null for accounts that sign in through an identity provider. */
    @Column(name = "password")
    private @Nullable String passwordHash;

    private boolean verified;

    private byte @Nullable [] verifyKeyHash;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private AuthType authType;

    private @Nullable String googleUid;

    private byte @Nullable [] avatar;

    private @Nullable Long githubUserId;

    private boolean requirePassword;

    /** AES-GCM sealed ({@link SecretCipher}); set at setup, used only once {@code totpEnabled}. */
    private byte @Nullable [] totpSecret;

    private boolean totpEnabled;

    /** The last time step whose code was accepted; written only by {@link UserRepository#acceptTotpStep}. */
    @Column(insertable = false, updatable = false)
    private @Nullable Long totpLastStep;

    /**
     * Changed only by {@link UserRepository#reserveStorage} and {@link UserRepository#releaseStorage}, atomic
     * statements in the storage feature's transactions; never written back from here, so saving a user loaded
     * before an upload cannot overwrite the upload's count.
     */
    @Column(insertable = false, updatable = false)
    private long storageUsed;

    /** Granted by an administrator; {@code quizhall.account.moderators} names more (see {@link Roles}). */
    private boolean moderator;

    /** Set by an administrator: the account can no longer sign in, and its sessions and API keys stop working. */
    private @Nullable Instant disabledAt;

    protected User() {}

    User(String email, String username, @Nullable String passwordHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.authType = AuthType.LOCAL;
        this.requirePassword = passwordHash != null;
    }

    /** An account made by a first sign-in at an identity provider: no password, the address already checked there. */
    static User fromProvider(@Nullable String email, String username, AuthType authType, Instant createdAt) {
        var user = new User(email == null ? "" : email, username, null, createdAt);
        user.email = email;
        user.authType = authType;
        user.requirePassword = false;
        user.verified = true;
        return user;
    }

    UUID id() {
        return id;
    }

    @Nullable
    String email() {
        return email;
    }

    String username() {
        return username;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    boolean verified() {
        return verified;
    }

    Instant createdAt() {
        return createdAt;
    }

    AuthType authType() {
        return authType;
    }

    byte @Nullable [] avatar() {
        return avatar;
    }

    long storageUsed() {
        return storageUsed;
    }

    boolean requirePassword() {
        return requirePassword;
    }

    boolean totpEnabled() {
        return totpEnabled;
    }

    byte @Nullable [] totpSecret() {
        return totpSecret == null ? null : totpSecret.clone();
    }

    /** Starts (or restarts) a TOTP setup; the secret counts only once {@link #enableTotp()} confirms it. */
    void beginTotpSetup(byte[] sealedSecret) {
        if (totpEnabled) {
            throw new IllegalStateException("TOTP is already on; turn it off before setting it up again");
        }
        this.totpSecret = sealedSecret.clone();
    }

    void enableTotp() {
        if (totpSecret == null) {
            throw new IllegalStateException("No TOTP secret to enable");
        }
        this.totpEnabled = true;
    }

    void disableTotp() {
        this.totpEnabled = false;
        this.totpSecret = null;
    }

    boolean moderator() {
        return moderator;
    }

    @Nullable
    Instant disabledAt() {
        return disabledAt;
    }

    boolean isDisabled() {
        return disabledAt != null;
    }

    void grantModerator() {
        this.moderator = true;
    }

    void revokeModerator() {
        this.moderator = false;
    }

    /** Disables the account; disabling a disabled account keeps the first time. */
    void disable(Instant now) {
        if (disabledAt == null) {
            this.disabledAt = now;
        }
    }

    void enable() {
        this.disabledAt = null;
    }

    void markVerified() {
        this.verified = true;
        this.verifyKeyHash = null;
    }

    void awaitVerification(byte[] verifyKeyHash) {
        this.verified = false;
        this.verifyKeyHash = verifyKeyHash.clone();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changeAvatar(byte @Nullable [] avatar) {
        if (avatar != null && avatar.length > 25_000) {
            throw new IllegalArgumentException("Avatars are at most 25,000 bytes");
        }
        this.avatar = avatar == null ? null : avatar.clone();
    }
}
