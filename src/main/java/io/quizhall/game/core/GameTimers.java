package io.quizhall.game.core;

import io.quizhall.shared.Outages;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private final GamePlay play;
    private final GameEnding ending;
    private final GameStore store;
    private final GameProperties properties;
    private final LiveShutdown shutdown;
    private final Clock clock;
    private final DeadlineWatch deadlines;
    private final AtomicBoolean outage = new AtomicBoolean();

    GameTimers(
            GamePlay play,
            GameEnding ending,
            GameStore store,
            GameProperties properties,
            LiveShutdown shutdown,
            Clock clock,
            DeadlineWatch deadlines) {
        this.play = play;
        this.ending = ending;
        this.store = store;
        this.properties = properties;
        this.shutdown = shutdown;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** Every 50 ms, but Redis only when a deadline may be due (DeadlineWatch), so an idle node stays idle. */
    @Scheduled(fixedDelay = 50)
    void closeDueQuestions() {
        long now = clock.millis();
        long seen = deadlines.dueAt(now);
        if (seen == Long.MAX_VALUE) {
            return;
        }
        run("closing questions at their deadline", () -> {
            for (String due : store.dueDeadlines(now)) {
                int separator = due.lastIndexOf(':');
                play.closeIfDue(
                        UUID.fromString(due.substring(0, separator)), Integer.parseInt(due.substring(separator + 1)));
            }
            deadlines.looked(seen, now, store.earliestDeadline());
        });
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void endIdleGames() {
        run("ending idle games", () -> {
            for (String idle :
                    store.idleGames(clock.millis() - properties.idleTimeout().toMillis())) {
                ending.finishForTimer(UUID.fromString(idle));
            }
        });
    }

    /** Ends games whose result could not be written before (PostgreSQL was unreachable, say). */
    @Scheduled(fixedDelayString = "${quizhall.game.result-retry-interval:10s}")
    void retryResults() {
        run("writing results again", () -> {
            for (String game : store.dueFinishRetries(clock.millis())) {
                ending.finishForTimer(UUID.fromString(game));
            }
        });
    }

    /**
     * Runs a timer's pass unless the node is stopping. While Redis or PostgreSQL is away, a pass fails every
     * time: that is said once, not every 50 ms; the next pass after the outage picks up where this one stopped.
     */
    private void run(String what, Runnable pass) {
        if (shutdown.isStopping()) {
            return;
        }
        try {
            pass.run();
            if (outage.compareAndSet(true, false)) {
                log.info("Game timers work again");
            }
        } catch (RuntimeException failure) {
            if (!Outages.isOutage(failure)) {
                log.error("Failed while {}", what, failure);
            } else if (outage.compareAndSet(false, true)) {
                log.warn(
                        "Game timers wait: a server is unreachable ({})",
                        failure.getClass().getSimpleName());
            }
        }
    }
}
