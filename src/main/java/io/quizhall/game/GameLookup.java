package io.quizhall.game;

import java.util.Optional;
import java.util.UUID;

/**
 * Live games for other features (a participant's report of a game): by id while Redis holds the game (running, or
 * ended moments ago), by PIN while it runs.
 */
public interface GameLookup {

    Optional<RunningGame> running(UUID gameId);

    Optional<RunningGame> runningByPin(String pin);

    /** A running game: its id, its quiz's title (sanitised rich text) and its host. */
    record RunningGame(UUID gameId, String title, UUID hostId) {}
}
