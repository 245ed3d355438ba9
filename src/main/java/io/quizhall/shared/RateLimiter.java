package io.quizhall.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
    private @Nullable StatefulRedisConnection<String, byte[]> connection;
    private @Nullable ProxyManager<String> buckets;

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
        var probe = withBucket(key, limit, bucket -> bucket.estimateAbilityToConsume(1));
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Records one event; false if the limit was already reached. */
    public boolean tryConsume(String key, Limit limit) {
        return withBucket(key, limit, bucket -> bucket.tryConsume(1));
    }

    /** Records one event or throws {@link RateLimitedException} when the limit is reached. */
    public void consumeOrThrow(String key, Limit limit, String detail) {
        var probe = withBucket(key, limit, bucket -> bucket.tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            throw new RateLimitedException(detail, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    public void reset(String key) {
        withConnection(buckets -> {
            buckets.removeProxy(PREFIX + key);
            return null;
        });
    }

    /**
     * Runs against the bucket, reconnecting once if our Redis connection was closed (for example after Redis
     * restarted while the connection's reconnect back-off was still waiting).
     */
    private <T> T withBucket(String key, Limit limit, Function<Bucket, T> action) {
        Supplier<BucketConfiguration> configuration = limit::configuration;
        return withConnection(buckets -> action.apply(buckets.builder().build(PREFIX + key, configuration)));
    }

    private <T> T withConnection(Function<ProxyManager<String>, T> action) {
        try {
            return action.apply(proxyManager());
        } catch (RedisException closed) {
            discardConnection();
            return action.apply(proxyManager());
        }
    }

    private synchronized ProxyManager<String> proxyManager() {
        if (buckets == null || connection == null || !connection.isOpen()) {
            discardConnection();
            connection = connect();
            buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
        }
        return buckets;
    }

    private synchronized void discardConnection() {
        // At shutdown the client may have closed it already (Lettuce would warn about a second close).
        if (connection != null && connection.isOpen()) {
            connection.closeAsync();
        }
        connection = null;
        buckets = null;
    }

    @PreDestroy
    void close() {
        discardConnection();
    }

    private StatefulRedisConnection<String, byte[]> connect() {
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        Object client = connectionFactory.getNativeClient();
        if (client instanceof RedisClient standalone) {
            return standalone.connect(codec);
        }
        throw new IllegalStateException("Rate limits need a standalone Redis; cluster mode is not supported yet");
    }
}
