package io.quizhall.game;

import io.quizhall.account.CurrentUser;

/** Starts a hot-seat round as a live game for the ladder: players join it with its PIN like any game. */
public interface HotSeatLauncher {

    GameLauncher.Launched launch(CurrentUser host, HotSeatPlan plan);
}
