package io.quizhall.game.core;

import java.security.Principal;
import java.util.UUID;

/** The STOMP user of a player's connection, set at CONNECT from the {@code player-token} header. */
public record PlayerPrincipal(UUID gameId, UUID playerId, String nickname) implements Principal {

    public static String nameOf(UUID playerId) {
        return "p:" + playerId;
    }

    @Override
    public String getName() {
        return nameOf(playerId);
    }
}
