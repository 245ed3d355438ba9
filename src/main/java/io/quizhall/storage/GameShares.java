package io.quizhall.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Files shown in running live games, so players (who have no account) may download them while the game runs.
 * Kept in Redis like all live state: per file a sorted set of game ids scored by when the share lapses, per game
 * the set of its files. Entries lapse by themselves if a game is never ended properly.
 */
@Component
class GameShares {

    private static final Logger log = LoggerFactory.getLogger(GameShares.class);

    /**
     * After a look-up failed, Redis is not asked again for this long. Downloads ask this before the quiz rules
     * (StorageService), so while Redis is down a public quiz's pictures would otherwise each wait for its timeout.
     */
    static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final StringRedisTemplate redis;
    private final Clock clock;
    /** {@link System#nanoTime()} until which Redis is not asked; real time, whatever the clock says in tests. */
    private volatile long unreachableUntil = System.nanoTime();

    GameShares(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    private static String itemKey(UUID itemId) {
        return "qh:storage:item:" + itemId + ":games";
    }

    private static String gameKey(UUID gameId) {
        return "qh:storage:game:" + gameId + ":items";
    }

    void share(UUID gameId, Collection<UUID> itemIds, Duration ttl) {
        if (itemIds.isEmpty()) {
            return;
        }
        double until = clock.millis() + ttl.toMillis();
        String game = gameKey(gameId);
        redis.opsForSet().add(game, itemIds.stream().map(UUID::toString).toArray(String[]::new));
        redis.expire(game, ttl);
        for (UUID itemId : itemIds) {
            redis.opsForZSet().add(itemKey(itemId), gameId.toString(), until);
            redis.expire(itemKey(itemId), ttl);
        }
    }

    void extend(UUID gameId, Duration ttl) {
        Set<String> items = redis.opsForSet().members(gameKey(gameId));
        if (items != null && !items.isEmpty()) {
            share(gameId, items.stream().map(UUID::fromString).toList(), ttl);
        }
    }

    void end(UUID gameId) {
        Set<String> items = redis.opsForSet().members(gameKey(gameId));
        if (items != null) {
            for (String item : items) {
                redis.opsForZSet().remove(itemKey(UUID.fromString(item)), gameId.toString());
            }
        }
        redis.delete(gameKey(gameId));
    }

    /** Whether a running game shows the file. Without Redis nothing is shared (and no game runs either). */
    boolean isShared(UUID itemId) {
        if (System.nanoTime() - unreachableUntil < 0) {
            return false;
        }
        try {
            Long running = redis.opsForZSet().count(itemKey(itemId), clock.millis(), Double.POSITIVE_INFINITY);
            return running != null && running > 0;
        } catch (RuntimeException e) {
            unreachableUntil = System.nanoTime() + AFTER_FAILURE.toNanos();
            log.warn(
                    "Could not check live games for file {} (not asked again for {}): {}",
                    itemId,
                    AFTER_FAILURE,
                    e.toString());
            return false;
        }
    }
}
