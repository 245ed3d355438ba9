package io.quizhall.game;

import io.quizhall.game.core.GameException;
import io.quizhall.game.core.GameLobby;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The game module's door for remote button controllers (the {@code remote} module): a controller the remote module
 * has authenticated joins a game by PIN as a player and from then on is one, over the same STOMP protocol and the
 * same answer path as everyone (docs/controllers.md). Refusals are the game's own ({@code game_not_found},
 * {@code lobby_locked}, {@code nickname_taken}, ...).
 */
@Service
public class ControllerSeats {

    private final GameLobby lobby;

    ControllerSeats(GameLobby lobby) {
        this.lobby = lobby;
    }

    /** A controller's place in a game; {@code token} authenticates its STOMP connection like a player's. */
    public record Seat(
            UUID gameId,
            UUID playerId,
            String nickname,
            String token,
            @Nullable Integer team) {}

    /** A player name as games will show it (normalised like a nickname), or why no game would take it. */
    public record PlayerName(String name, @Nullable String problem) {}

    public PlayerName playerName(String raw) {
        try {
            return new PlayerName(lobby.normalizeNickname(raw), null);
        } catch (GameException invalid) {
            return new PlayerName("", invalid.getMessage());
        }
    }

    /** Takes a revoked controller out of a running game it plays in (see {@link GameLobby#removeController}). */
    public void remove(UUID gameId, UUID playerId, UUID controllerId) {
        lobby.removeController(gameId, playerId, controllerId);
    }

    public Seat join(String pin, UUID controllerId, String playerName, String clientAddress) {
        var joined = lobby.joinAsController(pin, controllerId, playerName, clientAddress);
        return new Seat(joined.gameId(), joined.playerId(), joined.nickname(), joined.token(), joined.team());
    }
}
