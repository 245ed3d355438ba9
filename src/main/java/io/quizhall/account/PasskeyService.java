package io.quizhall.account;

import io.quizhall.account.AccountPayloads.CeremonyOptions;
import io.quizhall.account.AccountPayloads.PasskeyDetails;
import io.quizhall.account.Passkeys.Ceremony;
import io.quizhall.account.Passkeys.Purpose;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.net.URI;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Passkeys through Spring Security's WebAuthn relying party (webauthn4j underneath), driven from our own REST
 * endpoints so that sign-in ends in our session cookie, the second step uses our pending-login token and every
 * error is a problem document. Passkeys are discoverable and need user verification (PIN, fingerprint), so one
 * passkey alone is a full sign-in.
 */
@Service
class PasskeyService {

    private static final Logger log = LoggerFactory.getLogger(PasskeyService.class);
    static final int MAX_PASSKEYS = 20;

    private final PasskeyStore store;
    private final PasskeyUsers userEntities;
    private final Passkeys passkeys;
    private final FidoCredentialRepository credentials;
    private final UserRepository users;
    private final SessionService sessions;
    private final AccountService accounts;
    private final WebAuthnProperties properties;
    private final AccountProperties accountProperties;
    private final Environment environment;
    private volatile @Nullable WebAuthnRelyingPartyOperations operations;

    PasskeyService(
            PasskeyStore store,
            PasskeyUsers userEntities,
            Passkeys passkeys,
            FidoCredentialRepository credentials,
            UserRepository users,
            SessionService sessions,
            AccountService accounts,
            WebAuthnProperties properties,
            AccountProperties accountProperties,
            Environment environment) {
        this.store = store;
        this.userEntities = userEntities;
        this.passkeys = passkeys;
        this.credentials = credentials;
        this.users = users;
        this.sessions = sessions;
        this.accounts = accounts;
        this.properties = properties;
        this.accountProperties = accountProperties;
        this.environment = environment;
    }

    @Transactional(readOnly = true)
    CeremonyOptions registrationOptions(UUID userId) {
        if (credentials.countByUserId(userId) >= MAX_PASSKEYS) {
            throw new ApiException(
                    ProblemType.CONFLICT, "You already have " + MAX_PASSKEYS + " passkeys; delete one first.");
        }
        PublicKeyCredentialCreationOptions options = operations()
                .createPublicKeyCredentialCreationOptions(
                        new ImmutablePublicKeyCredentialCreationOptionsRequest(principal(userId)));
        return new CeremonyOptions(
                passkeys.start(new Ceremony(Purpose.REGISTER, userId, options)), passkeys.toJson(options));
    }

    @Transactional
    PasskeyDetails register(UUID userId, String ceremonyId, String name, JsonNode credential) {
        Ceremony ceremony = passkeys.finish(ceremonyId, Purpose.REGISTER)
                .filter(found -> userId.equals(found.userId()))
                .orElseThrow(AccountExceptions.PasskeyRejected::new);
        var publicKey = new RelyingPartyPublicKey(passkeys.attestation(credential), name.strip());
        try {
            var record = operations()
                    .registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                            (PublicKeyCredentialCreationOptions) ceremony.options(), publicKey));
            log.info("Passkey registered for account {}", userId);
            return credentials
                    .findByCredentialId(record.getCredentialId().getBytes())
                    .map(PasskeyDetails::of)
                    .orElseThrow(AccountExceptions.PasskeyRejected::new);
        } catch (RuntimeException rejected) {
            if (rejected instanceof AccountExceptions.PasskeyRejected) {
                throw rejected;
            }
            log.info("Passkey registration for account {} refused: {}", userId, rejected.toString());
            throw new AccountExceptions.PasskeyRejected();
        }
    }

    @Transactional(readOnly = true)
    List<PasskeyDetails> list(UUID userId) {
        return credentials.findByUserId(userId).stream()
                .sorted(Comparator.comparing(FidoCredential::createdAt))
                .map(PasskeyDetails::of)
                .toList();
    }

    /** Deleting a passkey may remove a second factor, so it needs a recent proof like turning TOTP off. */
    @Transactional
    void delete(UUID userId, @Nullable UUID sessionId, String id) {
        sessions.requireFreshProof(sessionId);
        FidoCredential credential = decode(id)
                .flatMap(credentials::findByCredentialId)
                .filter(found -> found.userId().equals(userId))
                .orElseThrow(() -> NotFoundException.forId("passkey", id));
        credentials.delete(credential);
        log.info("Passkey {} of account {} deleted", credential.pk(), userId);
    }

    /**
     * Options to sign in with a passkey. Without a pending login, any discoverable passkey of this site may
     * answer (no username typed). With one, only that account's passkeys are allowed: it is the second step.
     * With a signed-in user, it renews that session's proof (re-authentication).
     */
    @Transactional(readOnly = true)
    CeremonyOptions signInOptions(@Nullable String pendingLogin, @Nullable UUID reauthenticatingUser) {
        UUID userId = reauthenticatingUser != null
                ? reauthenticatingUser
                : pendingLogin != null
                        ? accounts.pendingLoginOwner(pendingLogin).id()
                        : null;
        Purpose purpose = reauthenticatingUser != null
                ? Purpose.REAUTHENTICATE
                : pendingLogin != null ? Purpose.SECOND_STEP : Purpose.SIGN_IN;
        PublicKeyCredentialRequestOptions options = operations()
                .createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(
                        userId == null ? null : principal(userId)));
        return new CeremonyOptions(passkeys.start(new Ceremony(purpose, userId, options)), passkeys.toJson(options));
    }

    /** Verifies an assertion and answers whose passkey it was; the ceremony's account if it named one. */
    private User verify(String ceremonyId, Purpose purpose, JsonNode credential) {
        Ceremony ceremony = passkeys.finish(ceremonyId, purpose).orElseThrow(AccountExceptions.PasskeyRejected::new);
        PublicKeyCredentialUserEntity owner;
        try {
            owner = operations()
                    .authenticate(new RelyingPartyAuthenticationRequest(
                            (PublicKeyCredentialRequestOptions) ceremony.options(), passkeys.assertion(credential)));
        } catch (RuntimeException rejected) {
            if (rejected instanceof AccountExceptions.PasskeyRejected) {
                throw rejected;
            }
            log.info("Passkey sign-in refused: {}", rejected.toString());
            throw new AccountExceptions.PasskeyRejected();
        }
        UUID ownerId = PasskeyStore.userIdOf(owner.getId());
        if (ownerId == null || (ceremony.userId() != null && !ceremony.userId().equals(ownerId))) {
            // Another account's passkey in someone's second step: never a way into either account.
            log.warn("Passkey of account {} offered for the sign-in of account {}", ownerId, ceremony.userId());
            throw new AccountExceptions.PasskeyRejected();
        }
        return users.findById(ownerId).orElseThrow(AccountExceptions.PasskeyRejected::new);
    }

    @Transactional
    AccountService.LoggedIn signIn(
            String ceremonyId,
            JsonNode credential,
            @Nullable String pendingLogin,
            String clientAddress,
            @Nullable String userAgent) {
        if (pendingLogin != null) {
            User user = verify(ceremonyId, Purpose.SECOND_STEP, credential);
            return accounts.finishPendingLogin(pendingLogin, user, clientAddress, userAgent);
        }
        User user = verify(ceremonyId, Purpose.SIGN_IN, credential);
        return accounts.startSession(user, clientAddress, userAgent);
    }

    @Transactional
    void reauthenticate(UUID userId, @Nullable UUID sessionId, String ceremonyId, JsonNode credential) {
        if (sessionId == null) {
            throw new AccountExceptions.ReauthenticationRequired();
        }
        verify(ceremonyId, Purpose.REAUTHENTICATE, credential);
        sessions.markProven(sessionId);
    }

    private static Optional<byte[]> decode(String id) {
        try {
            return Optional.of(Base64.getUrlDecoder().decode(id));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Spring looks accounts up by the Authentication's name: ours is the account id (PasskeyStore). */
    private static Authentication principal(UUID userId) {
        return UsernamePasswordAuthenticationToken.authenticated(userId.toString(), null, List.of());
    }

    private WebAuthnRelyingPartyOperations operations() {
        WebAuthnRelyingPartyOperations current = operations;
        if (current == null) {
            synchronized (this) {
                current = operations;
                if (current == null) {
                    current = createOperations();
                    operations = current;
                }
            }
        }
        return current;
    }

    /** Built at first use, when the server's port is known (the origins may refer to it). */
    private WebAuthnRelyingPartyOperations createOperations() {
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : properties.origins()) {
            origins.add(stripSlash(environment.resolveRequiredPlaceholders(origin.strip())));
        }
        if (origins.isEmpty()) {
            URI url = accountProperties.publicUrl();
            origins.add(url.getScheme() + "://" + url.getRawAuthority());
        }
        var relyingParty = PublicKeyCredentialRpEntity.builder()
                .id(properties.rpId())
                .name(properties.rpName())
                .build();
        var created = new Webauthn4JRelyingPartyOperations(userEntities, store, relyingParty, origins);
        created.setCustomizeCreationOptions(
                options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build()));
        created.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        log.info("Passkeys: relying party {} for origins {}", properties.rpId(), origins);
        return created;
    }

    private static String stripSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
