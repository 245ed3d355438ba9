package io.quizhall.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A passkey (WebAuthn credential) registered to an account. */
@Entity
@Table(name = "fido_credentials")
class FidoCredential {

    static final int MAX_NAME = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long pk;

    @Column(name = "id")
    private byte[] credentialId;

    private byte[] publicKey;

    private long signCount;

    private UUID userId;

    private String name;

    private String credentialType;

    /** Space-separated WebAuthn transport names ("internal hybrid"). */
    private String transports;

    private @Nullable UUID aaguid;

    private boolean uvInitialized;

    private boolean backupEligible;

    private boolean backupState;

    private byte @Nullable [] attestationObject;

    @Column(name = "attestation_client_data_json")
    private byte @Nullable [] attestationClientDataJson;

    private Instant createdAt;

    private @Nullable Instant lastUsedAt;

    protected FidoCredential() {}

    /** What a completed registration ceremony yields, before it is stored. */
    record Registration(
            UUID userId,
            byte[] credentialId,
            byte[] publicKey,
            long signCount,
            String name,
            String credentialType,
            String transports,
            @Nullable UUID aaguid,
            boolean uvInitialized,
            boolean backupEligible,
            boolean backupState,
            byte @Nullable [] attestationObject,
            byte @Nullable [] attestationClientDataJson,
            Instant createdAt) {}

    FidoCredential(Registration registration) {
        this.userId = registration.userId();
        this.credentialId = registration.credentialId().clone();
        this.publicKey = registration.publicKey().clone();
        this.signCount = registration.signCount();
        this.name = cleanName(registration.name());
        this.credentialType = registration.credentialType();
        this.transports = registration.transports();
        this.aaguid = registration.aaguid();
        this.uvInitialized = registration.uvInitialized();
        this.backupEligible = registration.backupEligible();
        this.backupState = registration.backupState();
        this.attestationObject = registration.attestationObject();
        this.attestationClientDataJson = registration.attestationClientDataJson();
        this.createdAt = registration.createdAt();
    }

    /** For tests and older rows: a credential with only ClassQuiz's columns. */
    FidoCredential(UUID userId, byte[] credentialId, byte[] publicKey, long signCount) {
        this(new Registration(
                userId,
                credentialId,
                publicKey,
                signCount,
                "Passkey",
                "public-key",
                "",
                null,
                false,
                false,
                false,
                null,
                null,
                Instant.now()));
    }

    Long pk() {
        return pk;
    }

    byte[] credentialId() {
        return credentialId.clone();
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    long signCount() {
        return signCount;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String credentialType() {
        return credentialType;
    }

    String transports() {
        return transports;
    }

    @Nullable
    UUID aaguid() {
        return aaguid;
    }

    boolean uvInitialized() {
        return uvInitialized;
    }

    boolean backupEligible() {
        return backupEligible;
    }

    boolean backupState() {
        return backupState;
    }

    byte @Nullable [] attestationObject() {
        return attestationObject;
    }

    byte @Nullable [] attestationClientDataJson() {
        return attestationClientDataJson;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    /**
     * Records a sign-in. Authenticators report a growing counter; one that does not grow hints at a cloned key, so
     * the sign-in is refused. A counter of 0 means the authenticator keeps none (many synced passkeys).
     */
    void recordUse(long reported, boolean backupState, Instant now) {
        if ((reported != 0 || signCount != 0) && reported <= signCount) {
            throw new ClonedAuthenticatorException(reported, signCount);
        }
        this.signCount = reported;
        this.backupState = backupState;
        this.lastUsedAt = now;
    }

    void rename(String name) {
        this.name = cleanName(name);
    }

    private static String cleanName(String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            return "Passkey";
        }
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }

    /** A signature counter that went backwards or stood still: the key may have been copied. */
    static final class ClonedAuthenticatorException extends RuntimeException {
        ClonedAuthenticatorException(long reported, long stored) {
            super("Signature counter " + reported + " is not above the stored " + stored, null, false, false);
        }
    }
}
