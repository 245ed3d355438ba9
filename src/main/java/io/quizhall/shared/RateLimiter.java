package io.quizhall.shared;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in Redis (Bucket4j), so a limit holds across all nodes and restarts of one node. Every
 * bucket key expires once the bucket would be full again.
 */
@Component
public class RateLimiter {

    private static final String PREFIX = "qh:rate:";

    private final LettuceConnectionFactory connectionFactory;
    private volatile ProxyManager<String> buckets;

    RateLimiter(LettuceConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    /** A limit of {@code capacity} events per {@code period}, refilled all at once at the end of the period. */
    public record Limit(long capacity, Duration period) {

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period))
                    .build();
        }
    }

    /** How long to wait before {@code key} may take one more event, or zero if it may now. */
    public Duration waitTime(String key, Limit limit) {
        var probe = bucket(key, limit).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Records one event; false if the limit was already reached. */
    public boolean tryConsume(String key, Limit limit) {
        return bucket(key, limit).tryConsume(1);
    }

    /** Records one event or throws {@link RateLimitedException} when the limit is reached. */
    public void consumeOrThrow(String key, Limit limit, String detail) {
        var probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(detail, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    public void reset(String key) {
        proxyManager().removeProxy(PREFIX + key);
    }

    private io.github.bucket4j.Bucket bucket(String key, Limit limit) {
        Supplier<BucketConfiguration> configuration = limit::configuration;
        return proxyManager().builder().build(PREFIX + key, configuration);
    }

    private ProxyManager<String> proxyManager() {
        ProxyManager<String> manager = buckets;
        if (manager == null) {
            synchronized (this) {
                if (buckets == null) {
                    buckets = createProxyManager();
                }
                manager = buckets;
            }
        }
        return manager;
    }

    private ProxyManager<String> createProxyManager() {
        var expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        Object client = connectionFactory.getNativeClient();
        if (client instanceof RedisClusterClient cluster) {
            return Bucket4jLettuce.casBasedBuilder(cluster.connect(codec))
                    .expirationAfterWrite(expiry)
                    .build();
        }
        return Bucket4jLettuce.casBasedBuilder(((RedisClient) client).connect(codec))
                .expirationAfterWrite(expiry)
                .build();
    }
}
