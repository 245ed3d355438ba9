package io.quizhall.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A passkey (WebAuthn credential) registered to an account. */
@Entity
@Table(name = "fido_credentials")
class FidoCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long pk;

    @Column(name = "id")
    private byte[] credentialId;

    private byte[] publicKey;

    private long signCount;

    private UUID userId;

    protected FidoCredential() {}

    FidoCredential(UUID userId, byte[] credentialId, byte[] publicKey, long signCount) {
        this.userId = userId;
        this.credentialId = credentialId.clone();
        this.publicKey = publicKey.clone();
        this.signCount = signCount;
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

    /** Authenticators report a growing counter; a smaller one hints at a cloned key. */
    void recordSignCount(long reported) {
        if (reported != 0 && reported <= signCount) {
            throw new IllegalStateException("Signature counter went backwards: possible cloned authenticator");
        }
        this.signCount = reported;
    }
}
