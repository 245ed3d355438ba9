package io.quizhall.account;

import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login sessions: a fresh random key per login, stored as a hash, with idle and absolute timeouts. */
@Service
class SessionService {

    /** Writing last_seen on every request would make every read a write; once a minute is precise enough. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final int MAX_USER_AGENT = 255;

    private final UserSessionRepository sessions;
    private final UserRepository users;
    private final Roles roles;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(
            UserSessionRepository sessions,
            UserRepository users,
            Roles roles,
            AccountProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.roles = roles;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    record Started(UserSession session, String key) {}

    record Authenticated(CurrentUser user, UUID sessionId) {}

    @Transactional
    Started start(User user, @Nullable String ipAddress, @Nullable String userAgent) {
        String key = SecureTokens.newToken();
        var session =
                new UserSession(user.id(), SecureTokens.sha256(key), ipAddress, truncate(userAgent), clock.instant());
        sessions.save(session);
        return new Started(session, key);
    }

    @Transactional
    Optional<Authenticated> authenticate(String key) {
        Optional<UserSession> found = sessions.findBySessionKeyHash(SecureTokens.sha256(key));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSession session = found.get();
        Instant now = clock.instant();
        if (session.isExpired(now, properties.sessionIdleTimeout(), properties.sessionAbsoluteTimeout())) {
            sessions.delete(session);
            return Optional.empty();
        }
        if (session.lastSeen().plus(TOUCH_INTERVAL).isBefore(now)) {
            session.touch(now);
        }
        // A disabled account's sessions were deleted when it was disabled; this holds against a race with that.
        return users.findById(session.userId())
                .filter(user -> !user.isDisabled())
                .map(user -> new Authenticated(roles.currentUser(user), session.id()));
    }

    @Transactional(readOnly = true)
    List<AccountPayloads.SessionDetails> list(UUID userId, @Nullable UUID current) {
        Instant now = clock.instant();
        return sessions.findByUserIdOrderByLastSeenDesc(userId).stream()
                .filter(session ->
                        !session.isExpired(now, properties.sessionIdleTimeout(), properties.sessionAbsoluteTimeout()))
                .map(session -> AccountPayloads.SessionDetails.of(session, current))
                .toList();
    }

    /** Whether a session exists and has not timed out, without touching it. */
    @Transactional(readOnly = true)
    boolean isActive(UUID sessionId) {
        Instant now = clock.instant();
        return sessions.findById(sessionId)
                .filter(session ->
                        !session.isExpired(now, properties.sessionIdleTimeout(), properties.sessionAbsoluteTimeout()))
                .isPresent();
    }

    /**
     * Refuses a sensitive change unless this session's owner proved who they are within the re-authentication
     * window. API-key requests have no session and never qualify: a leaked key must not change the password,
     * mint keys or delete the account.
     */
    @Transactional(readOnly = true)
    void requireFreshProof(@Nullable UUID sessionId) {
        Instant now = clock.instant();
        boolean fresh = sessionId != null
                && sessions.findById(sessionId)
                        .filter(session -> session.isFreshlyProven(now, properties.reauthenticationWindow()))
                        .isPresent();
        if (!fresh) {
            throw new AccountExceptions.ReauthenticationRequired();
        }
    }

    @Transactional
    void markProven(UUID sessionId) {
        sessions.findById(sessionId).ifPresent(session -> session.markProven(clock.instant()));
    }

    @Transactional
    void revoke(UUID userId, UUID sessionId) {
        UserSession session = sessions.findById(sessionId)
                .filter(found -> found.userId().equals(userId))
                .orElseThrow(() -> NotFoundException.forId("session", sessionId));
        sessions.delete(session);
        events.publishEvent(new SessionsRevoked(userId, Set.of(sessionId)));
    }

    @Transactional
    void revokeAll(UUID userId) {
        Set<UUID> ended = idsOf(userId);
        sessions.deleteByUserId(userId);
        events.publishEvent(new SessionsRevoked(userId, ended));
    }

    @Transactional
    void revokeAllExcept(UUID userId, UUID keep) {
        Set<UUID> ended = idsOf(userId);
        ended.remove(keep);
        sessions.deleteByUserIdAndIdNot(userId, keep);
        events.publishEvent(new SessionsRevoked(userId, ended));
    }

    private Set<UUID> idsOf(UUID userId) {
        return sessions.findByUserIdOrderByLastSeenDesc(userId).stream()
                .map(UserSession::id)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static @Nullable String truncate(@Nullable String userAgent) {
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT
                ? userAgent
                : userAgent.substring(0, MAX_USER_AGENT);
    }
}
