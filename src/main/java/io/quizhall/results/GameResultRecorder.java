package io.quizhall.results;

import io.quizhall.game.GameFinished;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps every finished game, and counts a play of its quiz. */
@Component
class GameResultRecorder {

    private final GameResultService results;

    GameResultRecorder(GameResultService results) {
        this.results = results;
    }

    /**
     * Runs inside the transaction that publishes the event: the game is only marked finished once its result is
     * kept, so a client that fetches the result on {@code GameEnded} finds it, and a result that cannot be kept
     * leaves the game running until a retry keeps it (docs/live-protocol.md, section 18).
     */
    @EventListener
    void keep(GameFinished game) {
        results.recordOnce(game);
    }

    /**
     * After the result is kept, on its own: the registry hands the event over again after a failure or a crash,
     * and the result row says whether the play was counted, so it is counted once.
     */
    @ApplicationModuleListener
    void countPlay(GameFinished game) {
        results.countPlayOnce(game);
    }
}
