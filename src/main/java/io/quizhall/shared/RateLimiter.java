package io.quizhall.shared;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Limits of so many events per period, counted in Redis so that a limit holds across all nodes and restarts. A
 * window opens with a key's first event and the whole allowance comes back when it ends.
 *
 * <p>One script call per check: a counter that is incremented and given its expiry in one step. This replaced
 * Bucket4j's compare-and-swap buckets, which needed two round trips per event and retried each other when many
 * events share a key, as a class behind one school address joining at once does (docs/performance.md).
 */
@Component
public class RateLimiter {

    private static final String PREFIX = "qh:rate:";

    /**
     * KEYS[1] the counter; ARGV[1] the capacity, ARGV[2] the period (ms), ARGV[3] 1 to count this event, 0 to
     * only look. Returns 0 if the event may happen (and was counted), else the milliseconds until the window ends.
     */
    private static final RedisScript<Long> WINDOW = RedisScript.of("""
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            if count >= tonumber(ARGV[1]) then
              local wait = redis.call('PTTL', KEYS[1])
              if wait > 0 then return wait end
              if wait == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return tonumber(ARGV[2]) end
              count = 0
            end
            if ARGV[3] == '1' then
              if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;

    RateLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** A limit of {@code capacity} events per {@code period}, refilled all at once at the end of the period. */
    public record Limit(long capacity, Duration period) {}

    /** How long to wait before {@code key} may take one more event, or zero if it may now. */
    public Duration waitTime(String key, Limit limit) {
        return window(key, limit, false);
    }

    /** Records one event; false if the limit was already reached. */
    public boolean tryConsume(String key, Limit limit) {
        return window(key, limit, true).isZero();
    }

    /** Records one event or throws {@link RateLimitedException} when the limit is reached. */
    public void consumeOrThrow(String key, Limit limit, String detail) {
        Duration wait = window(key, limit, true);
        if (!wait.isZero()) {
            throw new RateLimitedException(detail, wait);
        }
    }

    public void reset(String key) {
        redis.delete(PREFIX + key);
    }

    private Duration window(String key, Limit limit, boolean count) {
        Long wait = redis.execute(
                WINDOW,
                List.of(PREFIX + key),
                Long.toString(limit.capacity()),
                Long.toString(Math.max(1, limit.period().toMillis())),
                count ? "1" : "0");
        return wait == null || wait <= 0 ? Duration.ZERO : Duration.ofMillis(wait);
    }
}
