package io.quizhall.game.core;

import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The STOMP user of a host's connection, taken from the session cookie of the WebSocket handshake
 * ({@code accountSession}; null when the handshake came with an API key).
 */
public record HostPrincipal(
        UUID userId, String username, @Nullable UUID accountSession) implements Principal {

    public static String nameOf(UUID userId) {
        return "h:" + userId;
    }

    @Override
    public String getName() {
        return nameOf(userId);
    }
}
