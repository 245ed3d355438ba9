package io.quizhall.game.core;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * When this node's deadline timer must next look in Redis: at the earliest deadline it knows of, and at least
 * every {@link #BACKSTOP_MS}, so an idle node asks Redis once a second instead of twenty times. Deadlines this node
 * sets bring the next look forward at once (the timer is woken), so its own questions close on time; a question
 * another node opened is that node's to close on time, and this node's look within a second is only the backstop
 * for a node that died.
 */
@Component
class DeadlineWatch {

    static final long BACKSTOP_MS = 1_000;

    /** The next time (ms, the application's clock) to look; the first pass looks at once. */
    private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);

    private volatile Runnable onEarlier = () -> {};

    /** What to do when a deadline set here asks for an earlier look than planned (wake the timer). */
    void onEarlier(Runnable action) {
        this.onEarlier = action;
    }

    /** The next planned look (ms, the application's clock). */
    long next() {
        return next.get();
    }

    /** The value to pass to {@link #looked} after looking, if {@code now} has reached the next look. */
    long dueAt(long now) {
        long at = next.get();
        return now >= at ? at : Long.MAX_VALUE;
    }

    /** A deadline this node set (a question opened or resumed here). */
    void expect(long deadline) {
        if (next.getAndAccumulate(deadline, Math::min) > deadline) {
            onEarlier.run();
        }
    }

    /**
     * After a look at Redis that began when the next look was {@code seen}: look again at {@code earliest} (the
     * earliest deadline left, or {@code Long.MAX_VALUE}) or after the backstop, unless a deadline set meanwhile
     * asked for an earlier look.
     */
    void looked(long seen, long now, long earliest) {
        next.compareAndSet(seen, Math.min(earliest, now + BACKSTOP_MS));
    }
}
