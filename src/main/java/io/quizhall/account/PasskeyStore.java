package io.quizhall.account;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's WebAuthn credential repository over {@code fido_credentials}. The WebAuthn user handle of an
 * account is its UUID's 16 bytes (no personal data). Saving a credential that exists is a sign-in, so that is
 * where a signature counter that does not grow is refused.
 */
@Component
class PasskeyStore implements UserCredentialRepository {

    private static final Logger log = LoggerFactory.getLogger(PasskeyStore.class);

    private final FidoCredentialRepository credentials;
    private final Clock clock;

    PasskeyStore(FidoCredentialRepository credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    static Bytes handleOf(UUID userId) {
        return new Bytes(ByteBuffer.allocate(16)
                .putLong(userId.getMostSignificantBits())
                .putLong(userId.getLeastSignificantBits())
                .array());
    }

    static @Nullable UUID userIdOf(Bytes handle) {
        byte[] bytes = handle.getBytes();
        if (bytes.length != 16) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    @Override
    @Transactional
    public void save(CredentialRecord record) {
        var existing = credentials.findByCredentialId(record.getCredentialId().getBytes());
        if (existing.isPresent()) {
            FidoCredential credential = existing.get();
            try {
                credential.recordUse(record.getSignatureCount(), record.isBackupState(), clock.instant());
            } catch (FidoCredential.ClonedAuthenticatorException cloned) {
                log.warn(
                        "Passkey {} of account {} refused: {} (possible cloned authenticator)",
                        credential.pk(),
                        credential.userId(),
                        cloned.getMessage());
                throw cloned;
            }
            return;
        }
        UUID userId = userIdOf(record.getUserEntityUserId());
        if (userId == null) {
            throw new IllegalArgumentException("Not one of our user handles");
        }
        credentials.save(new FidoCredential(new FidoCredential.Registration(
                userId,
                record.getCredentialId().getBytes(),
                record.getPublicKey().getBytes(),
                record.getSignatureCount(),
                record.getLabel() == null ? "Passkey" : record.getLabel(),
                record.getCredentialType() == null
                        ? "public-key"
                        : record.getCredentialType().getValue(),
                record.getTransports().stream()
                        .map(AuthenticatorTransport::getValue)
                        .collect(Collectors.joining(" ")),
                Passkeys.aaguidOf(record.getAttestationObject()),
                record.isUvInitialized(),
                record.isBackupEligible(),
                record.isBackupState(),
                record.getAttestationObject() == null
                        ? null
                        : record.getAttestationObject().getBytes(),
                record.getAttestationClientDataJSON() == null
                        ? null
                        : record.getAttestationClientDataJSON().getBytes(),
                clock.instant())));
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return credentials
                .findByCredentialId(credentialId.getBytes())
                .map(PasskeyStore::recordOf)
                .orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CredentialRecord> findByUserId(Bytes userId) {
        UUID id = userIdOf(userId);
        return id == null
                ? List.of()
                : credentials.findByUserId(id).stream()
                        .map(PasskeyStore::recordOf)
                        .toList();
    }

    @Override
    @Transactional
    public void delete(Bytes credentialId) {
        credentials.findByCredentialId(credentialId.getBytes()).ifPresent(credentials::delete);
    }

    static CredentialRecord recordOf(FidoCredential credential) {
        Set<AuthenticatorTransport> transports = Arrays.stream(
                        credential.transports().split(" "))
                .filter(name -> !name.isBlank())
                .map(AuthenticatorTransport::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        byte[] attestationObject = credential.attestationObject();
        byte[] clientData = credential.attestationClientDataJson();
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.valueOf(credential.credentialType()))
                .credentialId(new Bytes(credential.credentialId()))
                .userEntityUserId(handleOf(credential.userId()))
                .publicKey(new ImmutablePublicKeyCose(credential.publicKey()))
                .signatureCount(credential.signCount())
                .uvInitialized(credential.uvInitialized())
                .transports(transports)
                .backupEligible(credential.backupEligible())
                .backupState(credential.backupState())
                .attestationObject(attestationObject == null ? null : new Bytes(attestationObject))
                .attestationClientDataJSON(clientData == null ? null : new Bytes(clientData))
                .created(credential.createdAt())
                .lastUsed(credential.lastUsedAt() == null ? credential.createdAt() : credential.lastUsedAt())
                .label(credential.name())
                .build();
    }
}
