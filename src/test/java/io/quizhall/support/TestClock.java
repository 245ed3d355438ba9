package io.quizhall.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock in tests: the real time until a test freezes it, then exactly the time the test sets.
 * Tests that freeze it must {@link #reset()} it afterwards.
 */
public class TestClock extends Clock {

    private volatile @Nullable Instant frozen;

    public synchronized Instant freeze() {
        Instant now = Instant.now();
        frozen = now;
        return now;
    }

    public synchronized void advance(Duration duration) {
        if (frozen == null) {
            throw new IllegalStateException("Freeze the clock first");
        }
        frozen = frozen.plus(duration);
    }

    public void reset() {
        frozen = null;
    }

    @Override
    public Instant instant() {
        Instant fixed = frozen;
        return fixed != null ? fixed : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
