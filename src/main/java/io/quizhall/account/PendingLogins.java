package io.quizhall.account;

import io.quizhall.shared.SecureTokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The token between a correct password and the second step. It is not a session: the authentication filter
 * never reads it, so it opens nothing but {@code POST /api/v1/auth/login/second-factor} (and the passkey second
 * step). Kept as a SHA-256 hash in Redis with a short TTL; exchanging it deletes it, so it works once.
 */
@Component
class PendingLogins {

    private static final String KEY = "qh:pending-login:";

    private final StringRedisTemplate redis;
    private final Duration ttl;

    PendingLogins(StringRedisTemplate redis, AccountProperties properties) {
        this.redis = redis;
        this.ttl = properties.pendingLoginTtl();
    }

    Duration ttl() {
        return ttl;
    }

    String start(UUID userId) {
        String token = SecureTokens.newToken();
        redis.opsForValue().set(KEY + SecureTokens.sha256Hex(token), userId.toString(), ttl);
        return token;
    }

    /** Whose sign-in this is, without using the token up (a wrong code may be retyped). */
    Optional<UUID> owner(String token) {
        return Optional.ofNullable(redis.opsForValue().get(KEY + SecureTokens.sha256Hex(token)))
                .map(UUID::fromString);
    }

    /** Uses the token up; false if it was already used or expired, so two requests cannot both sign in. */
    boolean finish(String token, UUID userId) {
        String owner = redis.opsForValue().getAndDelete(KEY + SecureTokens.sha256Hex(token));
        return userId.toString().equals(owner);
    }
}
