package io.quizhall.game;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes questions at their deadline, ends idle games and retries results that could not be written. Every node
 * runs this; the close and finish scripts let exactly one of them act, so a node going down loses no timer. A
 * stopping node leaves it to the others (and to its own next start).
 */
@Component
class GameTimers {

    private static final Logger log = LoggerFactory.getLogger(GameTimers.class);

    private final GameService games;
    private final GameStore store;
    private final GameProperties properties;
    private final LiveShutdown shutdown;
    private final Clock clock;

    GameTimers(GameService games, GameStore store, GameProperties properties, LiveShutdown shutdown, Clock clock) {
        this.games = games;
        this.store = store;
        this.properties = properties;
        this.shutdown = shutdown;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 50)
    void closeDueQuestions() {
        if (shutdown.isStopping()) {
            return;
        }
        for (String due : store.dueDeadlines(clock.millis())) {
            int separator = due.lastIndexOf(':');
            try {
                games.closeQuestion(
                        UUID.fromString(due.substring(0, separator)), Integer.parseInt(due.substring(separator + 1)));
            } catch (RuntimeException e) {
                log.warn("Could not close question {}", due, e);
            }
        }
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void endIdleGames() {
        if (shutdown.isStopping()) {
            return;
        }
        for (String idle :
                store.idleGames(clock.millis() - properties.idleTimeout().toMillis())) {
            try {
                games.finishForTimer(UUID.fromString(idle));
            } catch (RuntimeException e) {
                log.warn("Could not end idle game {}", idle, e);
            }
        }
    }

    /** Ends games whose result could not be written before (PostgreSQL was unreachable, say). */
    @Scheduled(fixedDelayString = "${quizhall.game.result-retry-interval:10s}")
    void retryResults() {
        if (shutdown.isStopping()) {
            return;
        }
        for (String game : store.dueFinishRetries(clock.millis())) {
            try {
                games.finishForTimer(UUID.fromString(game));
            } catch (RuntimeException e) {
                log.warn("Could not end game {}", game, e);
            }
        }
    }
}
