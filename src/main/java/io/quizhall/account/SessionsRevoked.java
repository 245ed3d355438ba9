package io.quizhall.account;

import java.util.Set;
import java.util.UUID;

/**
 * Sign-in sessions were ended (log out, sign out everywhere, a password change or reset): whatever was opened with
 * them, such as a host's live-game connection, must end too.
 */
public record SessionsRevoked(UUID userId, Set<UUID> sessionIds) {

    public SessionsRevoked {
        sessionIds = Set.copyOf(sessionIds);
    }
}
