package io.quizhall.account;

import io.quizhall.account.AccountPayloads.IdentityDetails;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identities at OAuth 2 / OpenID Connect providers. A (provider, subject) pair signs in as the account it is
 * linked to; an unknown pair creates a new account. E-mail addresses never link anything: an existing account
 * gains an identity only by an explicit link made while signed in.
 */
@Service
class IdentityService {

    private static final Logger log = LoggerFactory.getLogger(IdentityService.class);

    private final UserIdentityRepository identities;
    private final UserRepository users;
    private final FidoCredentialRepository passkeys;
    private final Clock clock;

    IdentityService(
            UserIdentityRepository identities, UserRepository users, FidoCredentialRepository passkeys, Clock clock) {
        this.identities = identities;
        this.users = users;
        this.passkeys = passkeys;
        this.clock = clock;
    }

    /** What a provider told us about the person who signed in there. */
    record ProviderIdentity(
            String provider,
            String subject,
            @Nullable String username,
            @Nullable String email) {}

    /** The account this identity signs in as, creating one at its first sign-in. */
    @Transactional
    User signIn(ProviderIdentity identity) {
        Optional<UserIdentity> known = identities.findByProviderAndSubject(identity.provider(), identity.subject());
        if (known.isPresent()) {
            known.get().recordUse(clock.instant());
            return users.findById(known.get().userId()).orElseThrow();
        }
        String email = identity.email() != null
                        && !identity.email().isBlank()
                        && identity.email().length() <= 100
                        && !users.existsByEmailIgnoreCase(identity.email())
                ? identity.email()
                : null;
        User user =
                User.fromProvider(email, uniqueUsername(identity), authTypeOf(identity.provider()), clock.instant());
        users.saveAndFlush(user);
        identities.save(new UserIdentity(
                user.id(),
                identity.provider(),
                identity.subject(),
                identity.username(),
                identity.email(),
                clock.instant()));
        log.info("Account {} ({}) created by a first sign-in at {}", user.username(), user.id(), identity.provider());
        return user;
    }

    /** Links an identity to a signed-in account; refused if it already signs in as another account. */
    @Transactional
    void link(UUID userId, ProviderIdentity identity) {
        Optional<UserIdentity> known = identities.findByProviderAndSubject(identity.provider(), identity.subject());
        if (known.isPresent()) {
            if (!known.get().userId().equals(userId)) {
                throw new IdentityInUse();
            }
            return;
        }
        identities.save(new UserIdentity(
                userId,
                identity.provider(),
                identity.subject(),
                identity.username(),
                identity.email(),
                clock.instant()));
        log.info("Account {} linked an identity at {}", userId, identity.provider());
    }

    @Transactional(readOnly = true)
    List<IdentityDetails> list(UUID userId) {
        return identities.findByUserIdOrderByCreatedAt(userId).stream()
                .map(IdentityDetails::of)
                .toList();
    }

    /** Unlinks an identity unless it is the account's last way to sign in (no password, no passkey, no other). */
    @Transactional
    void unlink(UUID userId, UUID identityId) {
        UserIdentity identity = identities
                .findById(identityId)
                .filter(found -> found.userId().equals(userId))
                .orElseThrow(() -> NotFoundException.forId("identity", identityId));
        User user = users.findById(userId).orElseThrow();
        boolean otherWay = user.passwordHash() != null
                || passkeys.countByUserId(userId) > 0
                || identities.countByUserId(userId) > 1;
        if (!otherWay) {
            throw new LastSignInMethod();
        }
        identities.delete(identity);
        log.info("Account {} unlinked its identity at {}", userId, identity.provider());
    }

    private String uniqueUsername(ProviderIdentity identity) {
        String wanted = identity.username() != null ? identity.username() : identity.email();
        if (wanted != null && wanted.contains("@")) {
            wanted = wanted.substring(0, wanted.indexOf('@'));
        }
        String base = wanted == null
                ? ""
                : Normalizer.normalize(wanted, Normalizer.Form.NFKD).replaceAll("[^A-Za-z0-9_-]", "");
        if (base.length() < 3) {
            base = "user" + base;
        }
        if (base.length() > 24) {
            base = base.substring(0, 24);
        }
        String candidate = base;
        for (int attempt = 0; users.existsByUsernameIgnoreCase(candidate); attempt++) {
            candidate = base + "-" + UUID.randomUUID().toString().substring(0, attempt < 3 ? 4 : 7);
        }
        return candidate;
    }

    private static AuthType authTypeOf(String provider) {
        return switch (provider.toLowerCase(Locale.ROOT)) {
            case "google" -> AuthType.GOOGLE;
            case "github" -> AuthType.GITHUB;
            default -> AuthType.CUSTOM;
        };
    }

    static final class IdentityInUse extends ApiException {
        IdentityInUse() {
            super(ProblemType.IDENTITY_IN_USE, "This sign-in is already linked to another Quizhall account.");
        }
    }

    static final class LastSignInMethod extends ApiException {
        LastSignInMethod() {
            super(
                    ProblemType.LAST_SIGN_IN_METHOD,
                    "This is your only way to sign in. Set a password or add a passkey first.");
        }
    }
}
