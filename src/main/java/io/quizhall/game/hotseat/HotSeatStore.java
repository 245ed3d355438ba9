package io.quizhall.game.hotseat;

import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GamePayloads.HotSeatStatus.AudiencePoll;
import io.quizhall.game.core.GamePayloads.HotSeatStatus.Rung;
import io.quizhall.game.core.GameStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hot-seat round's state in the game's mode hash (it lives and expires with the game). Every lifeline is a
 * field set only if absent, so each is used once however many times, and from however many nodes, it is asked
 * for; the contestant's level and the outcome are written when a question closes, which happens once.
 */
@Component
class HotSeatStore {

    private static final TypeReference<List<Rung>> RUNGS = new TypeReference<>() {};

    private final StringRedisTemplate redis;
    private final GameStore games;
    private final JsonMapper json;

    HotSeatStore(StringRedisTemplate redis, GameStore games, JsonMapper json) {
        this.redis = redis;
        this.games = games;
        this.json = json;
    }

    void create(UUID gameId, String ladder, boolean fastestFinger, List<Rung> rungs) {
        String key = games.modeStateKey(gameId);
        redis.opsForHash()
                .putAll(
                        key,
                        Map.of(
                                "ladder",
                                ladder,
                                "fastestFinger",
                                fastestFinger ? "1" : "0",
                                "rungs",
                                json.writeValueAsString(rungs),
                                "level",
                                "0"));
        redis.expire(key, games.stateTtl());
    }

    HotSeatState state(UUID gameId) {
        Map<Object, Object> hash = redis.opsForHash().entries(games.modeStateKey(gameId));
        if (hash.isEmpty()) {
            throw GameExceptions.gameNotFound();
        }
        String contestant = text(hash, "contestant");
        String outcome = text(hash, "outcome");
        String fifty = text(hash, HotSeatState.FIFTY);
        String poll = text(hash, HotSeatState.AUDIENCE);
        String switched = text(hash, HotSeatState.SWITCH);
        String walked = text(hash, "walked");
        return new HotSeatState(
                text(hash, "ladder"),
                "1".equals(text(hash, "fastestFinger")),
                json.readValue(text(hash, "rungs"), RUNGS),
                contestant == null ? null : UUID.fromString(contestant),
                text(hash, "contestantName"),
                Integer.parseInt(text(hash, "level")),
                outcome == null ? null : HotSeatState.Outcome.valueOf(outcome),
                fifty == null ? null : fifty(fifty),
                poll == null ? null : json.readValue(poll, AudiencePoll.class),
                switched == null ? null : Integer.valueOf(switched),
                walked == null ? null : Integer.valueOf(walked));
    }

    void seat(UUID gameId, UUID contestant, String nickname) {
        redis.opsForHash()
                .putAll(
                        games.modeStateKey(gameId),
                        Map.of("contestant", contestant.toString(), "contestantName", nickname));
    }

    /** Seats the fastest finger unless the host chose someone first. */
    void seatIfEmpty(UUID gameId, UUID contestant, String nickname) {
        if (redis.opsForHash().putIfAbsent(games.modeStateKey(gameId), "contestant", contestant.toString())) {
            redis.opsForHash().put(games.modeStateKey(gameId), "contestantName", nickname);
        }
    }

    /** Uses a lifeline once: false if it was used before. */
    boolean use(UUID gameId, String lifeline, String value) {
        return redis.opsForHash().putIfAbsent(games.modeStateKey(gameId), lifeline, value);
    }

    String fiftyValue(int question, List<Integer> removed) {
        return question + ":" + removed.get(0) + "," + removed.get(1);
    }

    String pollValue(AudiencePoll poll) {
        return json.writeValueAsString(poll);
    }

    /** Records walking away during a question; false if the contestant walked before. */
    boolean walk(UUID gameId, int question) {
        return redis.opsForHash().putIfAbsent(games.modeStateKey(gameId), "walked", Integer.toString(question));
    }

    void decide(UUID gameId, int level, HotSeatState.@Nullable Outcome outcome) {
        String key = games.modeStateKey(gameId);
        redis.opsForHash().put(key, "level", Integer.toString(level));
        if (outcome != null) {
            redis.opsForHash().put(key, "outcome", outcome.name());
        }
    }

    private static HotSeatState.Fifty fifty(String value) {
        String[] parts = value.split(":", 2);
        return new HotSeatState.Fifty(
                Integer.parseInt(parts[0]),
                Arrays.stream(parts[1].split(",")).map(Integer::valueOf).toList());
    }

    private static @Nullable String text(Map<Object, Object> hash, String field) {
        Object value = hash.get(field);
        return value == null ? null : value.toString();
    }
}
