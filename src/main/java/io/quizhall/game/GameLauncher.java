package io.quizhall.game;

import io.quizhall.account.CurrentUser;
import java.util.UUID;

/**
 * Starts a classic live game for other features (a scheduled event's session): the same as {@code POST
 * /api/v1/games} with default options, for a quiz the host may play.
 */
public interface GameLauncher {

    Launched launch(CurrentUser host, UUID quizId);

    /** The new game's id, its PIN and the address players join at. */
    record Launched(UUID gameId, String pin, String joinUrl) {}
}
