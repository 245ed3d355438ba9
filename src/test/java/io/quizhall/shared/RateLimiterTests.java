package io.quizhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Redis window counter behind every rate limit: exact under concurrency, honest about the wait. */
@IntegrationTest
class RateLimiterTests {

    @Autowired
    RateLimiter limiter;

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    @Test
    void allowsTheCapacityThenSaysHowLongToWait() {
        String key = key();
        var limit = new RateLimiter.Limit(3, Duration.ofMinutes(1));

        assertThat(limiter.waitTime(key, limit)).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume(key, limit)).isTrue();
        }

        assertThat(limiter.tryConsume(key, limit)).isFalse();
        assertThat(limiter.waitTime(key, limit)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> limiter.consumeOrThrow(key, limit, "Slow down."))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("Slow down.");
    }

    @Test
    void lookingDoesNotCount() {
        String key = key();
        var limit = new RateLimiter.Limit(1, Duration.ofMinutes(1));

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.waitTime(key, limit)).isZero();
        }

        assertThat(limiter.tryConsume(key, limit)).isTrue();
        assertThat(limiter.tryConsume(key, limit)).isFalse();
    }

    @Test
    void theAllowanceComesBackOnReset() {
        String key = key();
        var limit = new RateLimiter.Limit(2, Duration.ofMinutes(1));
        assertThat(limiter.tryConsume(key, limit)).isTrue();
        assertThat(limiter.tryConsume(key, limit)).isTrue();
        assertThat(limiter.tryConsume(key, limit)).isFalse();

        limiter.reset(key);

        assertThat(limiter.tryConsume(key, limit)).isTrue();
        assertThat(limiter.tryConsume(key, limit)).isTrue();
        assertThat(limiter.tryConsume(key, limit)).isFalse();
    }

    @Test
    void theAllowanceComesBackWhenTheWindowEnds() throws InterruptedException {
        String key = key();
        var limit = new RateLimiter.Limit(1, Duration.ofMillis(500));
        assertThat(limiter.tryConsume(key, limit)).isTrue();

        long givenUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!limiter.waitTime(key, limit).isZero() && System.nanoTime() < givenUp) {
            Thread.sleep(50);
        }

        assertThat(limiter.tryConsume(key, limit)).isTrue();
    }

    @Test
    void manyAtOnceOnOneKeyGetExactlyTheCapacity() throws Exception {
        String key = key();
        var limit = new RateLimiter.Limit(50, Duration.ofMinutes(1));
        var tries = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 400; i++) {
            tries.add(() -> limiter.tryConsume(key, limit));
        }

        int allowed = 0;
        var pool = Executors.newFixedThreadPool(32);
        try {
            for (Future<Boolean> result : pool.invokeAll(tries)) {
                allowed += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(allowed).isEqualTo(50);
    }
}
