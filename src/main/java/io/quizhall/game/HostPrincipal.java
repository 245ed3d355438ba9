package io.quizhall.game;

import java.security.Principal;
import java.util.UUID;

/** The STOMP user of a host's connection, taken from the session cookie of the WebSocket handshake. */
record HostPrincipal(UUID userId, String username) implements Principal {

    static String nameOf(UUID userId) {
        return "h:" + userId;
    }

    @Override
    public String getName() {
        return nameOf(userId);
    }
}
