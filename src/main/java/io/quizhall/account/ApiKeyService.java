package io.quizhall.account;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API keys: generated from a CSPRNG, shown once, stored as a SHA-256 hash. */
@Service
class ApiKeyService {

    static final int SHOWN_PREFIX = 8;
    private static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final UserRepository users;
    private final Roles roles;
    private final AccountProperties properties;
    private final SessionService sessions;
    private final Clock clock;

    ApiKeyService(
            ApiKeyRepository keys,
            UserRepository users,
            Roles roles,
            AccountProperties properties,
            SessionService sessions,
            Clock clock) {
        this.keys = keys;
        this.sessions = sessions;
        this.users = users;
        this.roles = roles;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    AccountPayloads.CreatedApiKey create(UUID userId, @Nullable UUID sessionId, String name) {
        sessions.requireFreshProof(sessionId);
        if (keys.countByUserId(userId) >= properties.maxApiKeysPerUser()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "You already have " + properties.maxApiKeysPerUser() + " API keys; delete one first.");
        }
        String key = Secrets.newApiKey();
        var apiKey =
                new ApiKey(userId, name, SecureTokens.sha256(key), key.substring(0, SHOWN_PREFIX), clock.instant());
        keys.save(apiKey);
        return new AccountPayloads.CreatedApiKey(apiKey.id(), apiKey.name(), apiKey.prefix(), key, apiKey.createdAt());
    }

    @Transactional(readOnly = true)
    List<AccountPayloads.ApiKeyDetails> list(UUID userId) {
        return keys.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(AccountPayloads.ApiKeyDetails::of)
                .toList();
    }

    @Transactional
    void delete(UUID userId, UUID keyId) {
        ApiKey key = keys.findById(keyId)
                .filter(found -> found.userId().equals(userId))
                .orElseThrow(() -> NotFoundException.forId("API key", keyId));
        keys.delete(key);
    }

    @Transactional
    Optional<CurrentUser> authenticate(String key) {
        if (key.length() != Secrets.API_KEY_LENGTH) {
            return Optional.empty();
        }
        return keys.findByKeyHash(SecureTokens.sha256(key)).flatMap(apiKey -> {
            var now = clock.instant();
            if (apiKey.lastUsedAt() == null
                    || apiKey.lastUsedAt().plus(USE_RECORD_INTERVAL).isBefore(now)) {
                apiKey.markUsed(now);
            }
            return users.findById(apiKey.userId())
                    .filter(user -> !user.isDisabled())
                    .map(roles::currentUser);
        });
    }
}
