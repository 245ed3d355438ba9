package io.quizhall.account;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import io.quizhall.shared.SecureTokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state of a WebAuthn ceremony between its two requests, and the JSON forms the browser speaks. The options
 * (with their challenge) are kept in Redis for five minutes under a random ceremony id the client sends back;
 * finishing a ceremony deletes them, so each challenge is answered at most once, and any node can finish it.
 */
@Component
class Passkeys {

    private static final String KEY = "qh:webauthn:";
    static final Duration CEREMONY_TTL = Duration.ofMinutes(5);
    /** Only Spring Security's WebAuthn value types and the JDK types they hold may come back from Redis. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "io.quizhall.account.Passkeys$Ceremony;io.quizhall.account.Passkeys$Purpose;org.springframework.security.web.webauthn.api.*;java.base/*;!*");

    private static final ObjectConverter WEBAUTHN4J = new ObjectConverter();

    /** What a ceremony is for; finishing it for another purpose fails. */
    enum Purpose {
        REGISTER,
        SIGN_IN,
        SECOND_STEP,
        REAUTHENTICATE
    }

    record Ceremony(Purpose purpose, @Nullable UUID userId, Serializable options) implements Serializable {}

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    Passkeys(StringRedisTemplate redis) {
        this.redis = redis;
        this.json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    }

    String start(Ceremony ceremony) {
        String id = SecureTokens.newToken();
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(ceremony);
        } catch (IOException e) {
            throw new IllegalStateException("WebAuthn options are serialisable", e);
        }
        redis.opsForValue()
                .set(
                        KEY + SecureTokens.sha256Hex(id),
                        Base64.getEncoder().encodeToString(bytes.toByteArray()),
                        CEREMONY_TTL);
        return id;
    }

    /** The ceremony, deleted as it is read: unknown, expired and already finished ceremonies are all empty. */
    Optional<Ceremony> finish(String id, Purpose purpose) {
        String stored = redis.opsForValue().getAndDelete(KEY + SecureTokens.sha256Hex(id));
        if (stored == null) {
            return Optional.empty();
        }
        try (var in = new ObjectInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            in.setObjectInputFilter(ALLOWED);
            Ceremony ceremony = (Ceremony) in.readObject();
            return ceremony.purpose() == purpose ? Optional.of(ceremony) : Optional.empty();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Unreadable WebAuthn ceremony in Redis", e);
        }
    }

    /** Options as the browser's {@code PublicKeyCredential.parse...OptionsFromJSON} reads them. */
    JsonNode toJson(Object options) {
        return json.valueToTree(options);
    }

    PublicKeyCredential<AuthenticatorAttestationResponse> attestation(JsonNode credential) {
        try {
            return json.convertValue(credential, new TypeReference<>() {});
        } catch (JacksonException | IllegalArgumentException e) {
            throw new AccountExceptions.PasskeyRejected();
        }
    }

    PublicKeyCredential<AuthenticatorAssertionResponse> assertion(JsonNode credential) {
        try {
            return json.convertValue(credential, new TypeReference<>() {});
        } catch (JacksonException | IllegalArgumentException e) {
            throw new AccountExceptions.PasskeyRejected();
        }
    }

    /** The authenticator model's AAGUID from an attestation object, if it names one (none for "none" attestation). */
    static @Nullable UUID aaguidOf(@Nullable Bytes attestationObject) {
        if (attestationObject == null) {
            return null;
        }
        AttestationObject parsed =
                WEBAUTHN4J.getCborConverter().readValue(attestationObject.getBytes(), AttestationObject.class);
        if (parsed == null || parsed.getAuthenticatorData().getAttestedCredentialData() == null) {
            return null;
        }
        UUID aaguid = parsed.getAuthenticatorData()
                .getAttestedCredentialData()
                .getAaguid()
                .getValue();
        return aaguid == null || aaguid.equals(new UUID(0, 0)) ? null : aaguid;
    }
}
