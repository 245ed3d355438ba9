package io.quizhall.game;

import java.security.Principal;
import java.util.UUID;

/** The STOMP user of a player's connection, set at CONNECT from the {@code player-token} header. */
record PlayerPrincipal(UUID gameId, UUID playerId, String nickname) implements Principal {

    static String nameOf(UUID playerId) {
        return "p:" + playerId;
    }

    @Override
    public String getName() {
        return nameOf(playerId);
    }
}
