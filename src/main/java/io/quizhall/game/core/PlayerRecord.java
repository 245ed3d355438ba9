package io.quizhall.game.core;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A player of a game as Redis keeps it. {@code controller}: the remote button controller playing as this player
 * (docs/controllers.md), none for a person on a phone or computer.
 */
public record PlayerRecord(
        String nickname,
        @Nullable String customField,
        String tokenHash,
        long joinedAt,
        @Nullable UUID controller) {

    public PlayerRecord(String nickname, @Nullable String customField, String tokenHash, long joinedAt) {
        this(nickname, customField, tokenHash, joinedAt, null);
    }

    /** The same player with a new token (a controller that joins again after losing its token). */
    PlayerRecord withToken(String hash) {
        return new PlayerRecord(nickname, customField, hash, joinedAt, controller);
    }
}
