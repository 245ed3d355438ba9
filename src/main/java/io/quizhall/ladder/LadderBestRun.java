package io.quizhall.ladder;

import java.util.UUID;

/**
 * A player's best run in a time window ({@link LadderSessions#best}): the prize they won, or hold while the run is
 * still going ({@code finished} false).
 */
public record LadderBestRun(UUID userId, String playerName, long prize, boolean finished) {}
