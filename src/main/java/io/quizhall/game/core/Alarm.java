package io.quizhall.game.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a task when it is due and otherwise sleeps. The live timers use it instead of a
 * fixed-rate schedule, so that a node without games does not wake twenty times a second (docs/performance.md,
 * "Idle"). The task returns in how many milliseconds it wants to run again, or {@link #WHEN_ASKED}; anyone may ask
 * for an earlier run with {@link #runWithin}.
 */
final class Alarm implements AutoCloseable {

    static final long WHEN_ASKED = -1;

    private static final Logger log = LoggerFactory.getLogger(Alarm.class);
    private static final long NEVER = Long.MAX_VALUE;

    private final LongSupplier task;
    private final Thread thread;

    /** When the task runs next, in {@link System#nanoTime()}; {@link #NEVER} while nobody asked. */
    private final AtomicLong next = new AtomicLong(NEVER);

    private volatile boolean closed;

    Alarm(String name, LongSupplier task) {
        this.task = task;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /** Starts the thread; the task first runs after {@code firstRunInMillis}, or when asked. */
    void start(long firstRunInMillis) {
        if (firstRunInMillis != WHEN_ASKED) {
            runWithin(firstRunInMillis);
        }
        thread.start();
    }

    /** Runs the task within {@code millis} (at once for 0), unless it is due sooner already. */
    void runWithin(long millis) {
        long at = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        if (next.getAndAccumulate(at, Math::min) > at) {
            LockSupport.unpark(thread);
        }
    }

    private void loop() {
        while (!closed) {
            long due = next.get();
            long wait = due == NEVER ? NEVER : due - System.nanoTime();
            if (wait > 0) {
                if (wait == NEVER) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, wait);
                }
                continue;
            }
            // A request made meanwhile for an even earlier run stays, and only costs one more pass.
            next.compareAndSet(due, NEVER);
            long again;
            try {
                again = task.getAsLong();
            } catch (RuntimeException failure) {
                log.error("Timer {} failed", thread.getName(), failure);
                again = 1_000;
            }
            if (again != WHEN_ASKED) {
                runWithin(again);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
