package io.quizhall.game.core;

import io.quizhall.shared.Outages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
    private static final long LONGEST_SLEEP_MS = 250;
    private static final long RETRY_MS = 50;
    private static final long SHORTEST_SLEEP_AFTER_LOOK_MS = 10;

    private final GamePlay play;
    private final GameEnding ending;
    private final GameStore store;
    private final GameProperties properties;
    private final LiveShutdown shutdown;
    private final Clock clock;
    private final DeadlineWatch deadlines;
    private final AtomicBoolean outage = new AtomicBoolean();
    private final Alarm deadlineTimer = new Alarm("game-deadlines", this::closeDueQuestions);

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

    @PostConstruct
    void startDeadlineTimer() {
        deadlineTimer.start(0);
        deadlines.onEarlier(() -> deadlineTimer.runWithin(0));
    }

    @PreDestroy
    void stopDeadlineTimer() {
        deadlineTimer.close();
    }

    /**
     * Looks in Redis only when a deadline may be due (DeadlineWatch) and sleeps until then. It wakes at least every
     * {@link #LONGEST_SLEEP_MS} to read the application's clock again (tests move it), and after a failed look
     * (Redis away, or the node stopping) tries again after {@link #RETRY_MS}.
     */
    long closeDueQuestions() {
        long now = clock.millis();
        long seen = deadlines.dueAt(now);
        if (seen != Long.MAX_VALUE) {
            boolean looked = run("closing questions at their deadline", () -> {
                // One Redis call when nothing is due, the usual case of the backstop's look.
                long earliest = store.earliestDeadline();
                if (earliest <= now) {
                    for (String due : store.dueDeadlines(now)) {
                        int separator = due.lastIndexOf(':');
                        play.closeIfDue(
                                UUID.fromString(due.substring(0, separator)),
                                Integer.parseInt(due.substring(separator + 1)));
                    }
                    earliest = store.earliestDeadline();
                }
                deadlines.looked(seen, now, earliest);
            });
            if (!looked) {
                return RETRY_MS;
            }
        }
        long next = deadlines.next();
        long later = clock.millis();
        long sleep = next <= later ? 0 : Math.min(next - later, LONGEST_SLEEP_MS);
        // A deadline that stays due (its close failed) must not make the timer spin on Redis.
        return seen != Long.MAX_VALUE ? Math.max(sleep, SHORTEST_SLEEP_AFTER_LOOK_MS) : sleep;
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
    private boolean run(String what, Runnable pass) {
        if (shutdown.isStopping()) {
            return false;
        }
        try {
            pass.run();
            if (outage.compareAndSet(true, false)) {
                log.info("Game timers work again");
            }
            return true;
        } catch (RuntimeException failure) {
            if (!Outages.isOutage(failure)) {
                log.error("Failed while {}", what, failure);
            } else if (outage.compareAndSet(false, true)) {
                log.warn("Game timers wait: a server is unreachable or too busy ({})", Outages.describe(failure));
            }
            return false;
        }
    }
}
