package io.quizhall.remote;

import io.quizhall.game.ControllerSeats;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The games a controller joined lately (Redis, for a day), so that revoking it takes it out of those still
 * running: a revoked controller must not go on answering in a game it joined before.
 */
@Component
class RemoteSeats {

    private static final String PREFIX = "qh:remote:seats:";
    /** Longer than any game lives (an idle game ends after 2 hours by default). */
    private static final Duration KEEP = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final ControllerSeats seats;

    RemoteSeats(StringRedisTemplate redis, ControllerSeats seats) {
        this.redis = redis;
        this.seats = seats;
    }

    void joined(UUID controllerId, UUID gameId, UUID playerId) {
        String key = PREFIX + controllerId;
        redis.opsForSet().add(key, gameId + "/" + playerId);
        redis.expire(key, KEEP);
    }

    /** Takes the controller out of every game it joined that still runs; a game that ended is left alone. */
    void leaveAll(UUID controllerId) {
        String key = PREFIX + controllerId;
        Set<String> joined = redis.opsForSet().members(key);
        if (joined != null) {
            for (String seat : joined) {
                int slash = seat.indexOf('/');
                seats.remove(
                        UUID.fromString(seat.substring(0, slash)),
                        UUID.fromString(seat.substring(slash + 1)),
                        controllerId);
            }
        }
        redis.delete(key);
    }
}
