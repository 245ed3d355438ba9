package io.quizhall.game;

import io.quizhall.quiz.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * All live game state, in Redis. Every change that must not interleave with another (join, open, answer, close,
 * finish, kick) is one Lua script over the game's keys. Question lists are cached per node because they never
 * change during a game; everything else is read from Redis each time.
 */
@Component
class GameStore {

    private static final int CACHED_GAMES = 2_000;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final GameProperties properties;
    private final Map<UUID, List<PlayableQuestion>> questionCache = new ConcurrentHashMap<>();

    private final RedisScript<String> join = script("join", String.class);
    private final RedisScript<String> open = script("open", String.class);

    @SuppressWarnings("rawtypes")
    private final RedisScript<List> answer = script("answer", List.class);

    private final RedisScript<Long> close = script("close", Long.class);
    private final RedisScript<Long> finish = script("finish", Long.class);
    private final RedisScript<Long> kick = script("kick", Long.class);
    private final RedisScript<String> skip = script("skip", String.class);

    GameStore(StringRedisTemplate redis, JsonMapper json, GameProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    record PlayerRecord(String nickname, @Nullable String customField, String tokenHash, long joinedAt) {}

    record StoredAnswer(boolean right, int points, long elapsedMs, String answer) {

        static StoredAnswer parse(String stored) {
            String[] parts = stored.split("\\|", 4);
            return new StoredAnswer(
                    "1".equals(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]), parts[3]);
        }
    }

    record AnswerOutcome(String status, int points, long elapsedMs, int answered, int players) {}

    /** Claims a PIN for the game; false if another running game holds it. */
    boolean claimPin(String pin, UUID gameId) {
        return Boolean.TRUE.equals(
                redis.opsForValue().setIfAbsent(GameKeys.pin(pin), gameId.toString(), properties.keyTtl()));
    }

    void create(GameMeta meta, List<PlayableQuestion> questions, List<Question> source) {
        var keys = new GameKeys(meta.id());
        redis.opsForHash().putAll(keys.meta(), meta.toHash());
        redis.expire(keys.meta(), properties.keyTtl());
        redis.opsForValue().set(keys.questions(), json.writeValueAsString(questions), properties.keyTtl());
        redis.opsForValue()
                .set(
                        keys.source(),
                        json.writerFor(new TypeReference<List<Question>>() {}).writeValueAsString(source),
                        properties.keyTtl());
        questionCache.put(meta.id(), List.copyOf(questions));
        touch(meta.id(), meta.createdAt());
    }

    Optional<UUID> gameForPin(String pin) {
        return Optional.ofNullable(redis.opsForValue().get(GameKeys.pin(pin))).map(UUID::fromString);
    }

    Optional<GameMeta> meta(UUID gameId) {
        Map<Object, Object> hash = redis.opsForHash().entries(new GameKeys(gameId).meta());
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        var strings = new java.util.HashMap<String, String>();
        hash.forEach((key, value) -> strings.put(key.toString(), value.toString()));
        return Optional.of(GameMeta.of(gameId, strings));
    }

    List<PlayableQuestion> questions(UUID gameId) {
        List<PlayableQuestion> cached = questionCache.get(gameId);
        if (cached != null) {
            return cached;
        }
        String stored = redis.opsForValue().get(new GameKeys(gameId).questions());
        if (stored == null) {
            throw GameExceptions.gameNotFound();
        }
        List<PlayableQuestion> questions =
                List.copyOf(json.readValue(stored, new TypeReference<List<PlayableQuestion>>() {}));
        if (questionCache.size() >= CACHED_GAMES) {
            questionCache.clear();
        }
        questionCache.put(gameId, questions);
        return questions;
    }

    String join(UUID gameId, UUID playerId, String folded, PlayerRecord player, int maxPlayers) {
        var keys = new GameKeys(gameId);
        return redis.execute(
                join,
                List.of(keys.meta(), keys.players(), keys.nicknames(), keys.tokens(), keys.kicked(), keys.scores()),
                playerId.toString(),
                folded,
                json.writeValueAsString(player),
                player.tokenHash(),
                seconds(properties.keyTtl()),
                Integer.toString(maxPlayers));
    }

    /** The quiz's questions as written, with their original order, for the results record. */
    List<Question> source(UUID gameId) {
        String stored = redis.opsForValue().get(new GameKeys(gameId).source());
        if (stored == null) {
            throw GameExceptions.gameNotFound();
        }
        return json.readValue(stored, new TypeReference<List<Question>>() {});
    }

    Optional<UUID> playerForToken(UUID gameId, String tokenHash) {
        Object playerId = redis.opsForHash().get(new GameKeys(gameId).tokens(), tokenHash);
        return Optional.ofNullable(playerId).map(id -> UUID.fromString(id.toString()));
    }

    boolean isKicked(UUID gameId, UUID playerId) {
        return Boolean.TRUE.equals(redis.opsForSet().isMember(new GameKeys(gameId).kicked(), playerId.toString()));
    }

    Optional<PlayerRecord> player(UUID gameId, UUID playerId) {
        Object stored = redis.opsForHash().get(new GameKeys(gameId).players(), playerId.toString());
        return Optional.ofNullable(stored).map(value -> json.readValue(value.toString(), PlayerRecord.class));
    }

    /** Players in the order they joined. */
    Map<UUID, PlayerRecord> players(UUID gameId) {
        var players = new ArrayList<Map.Entry<UUID, PlayerRecord>>();
        redis.opsForHash()
                .entries(new GameKeys(gameId).players())
                .forEach((id, value) -> players.add(Map.entry(
                        UUID.fromString(id.toString()), json.readValue(value.toString(), PlayerRecord.class))));
        players.sort(
                java.util.Comparator.comparingLong(entry -> entry.getValue().joinedAt()));
        var ordered = new LinkedHashMap<UUID, PlayerRecord>();
        players.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    long playerCount(UUID gameId) {
        return redis.opsForHash().size(new GameKeys(gameId).players());
    }

    String open(UUID gameId, int index, long openedAt, long deadline, long limitMs) {
        String status = redis.execute(
                open,
                List.of(new GameKeys(gameId).meta()),
                Integer.toString(index),
                Long.toString(openedAt),
                Long.toString(deadline),
                Long.toString(limitMs),
                seconds(properties.keyTtl()));
        if ("ok".equals(status)) {
            redis.opsForZSet().add(GameKeys.DEADLINES, deadlineMember(gameId, index), deadline);
            touch(gameId, openedAt);
        }
        return status;
    }

    @SuppressWarnings("unchecked")
    AnswerOutcome answer(UUID gameId, UUID playerId, int index, long now, boolean right, String canonicalAnswer) {
        var keys = new GameKeys(gameId);
        List<Object> result = redis.execute(
                answer,
                List.of(keys.meta(), keys.answers(index), keys.scores(), keys.players()),
                playerId.toString(),
                Integer.toString(index),
                Long.toString(now),
                right ? "1" : "0",
                canonicalAnswer,
                seconds(properties.keyTtl()));
        String status = result.get(0).toString();
        if ("already_answered".equals(status)) {
            StoredAnswer first = StoredAnswer.parse(result.get(1).toString());
            return new AnswerOutcome(status, first.points(), first.elapsedMs(), 0, 0);
        }
        if (!"ok".equals(status)) {
            return new AnswerOutcome(status, 0, 0, 0, 0);
        }
        return new AnswerOutcome(
                status,
                Integer.parseInt(result.get(1).toString()),
                Long.parseLong(result.get(2).toString()),
                Integer.parseInt(result.get(3).toString()),
                Integer.parseInt(result.get(4).toString()));
    }

    /** True for exactly one caller per question, whichever node or trigger gets there first. */
    boolean close(UUID gameId, int index) {
        Long closed = redis.execute(close, List.of(new GameKeys(gameId).meta()), Integer.toString(index));
        redis.opsForZSet().remove(GameKeys.DEADLINES, deadlineMember(gameId, index));
        return closed != null && closed == 1;
    }

    /** True for exactly one caller per game. */
    boolean finish(UUID gameId, int questionCount, @Nullable String pin) {
        Long finished =
                redis.execute(finish, new GameKeys(gameId).all(questionCount), seconds(properties.keepAfterEnd()));
        if (finished != null && finished == 1) {
            if (pin != null) {
                redis.delete(GameKeys.pin(pin));
            }
            redis.opsForZSet().remove(GameKeys.ACTIVITY, gameId.toString());
            questionCache.remove(gameId);
            return true;
        }
        return false;
    }

    boolean kick(UUID gameId, UUID playerId, String folded, int currentQuestion) {
        var keys = new GameKeys(gameId);
        Long kicked = redis.execute(
                kick,
                List.of(keys.players(), keys.kicked(), keys.scores(), keys.answers(Math.max(0, currentQuestion))),
                playerId.toString(),
                folded,
                seconds(properties.keyTtl()));
        return kicked != null && kicked == 1;
    }

    String skip(UUID gameId) {
        return redis.execute(skip, List.of(new GameKeys(gameId).meta()));
    }

    void setLocked(UUID gameId, boolean locked) {
        redis.opsForHash().put(new GameKeys(gameId).meta(), "locked", locked ? "1" : "0");
    }

    Map<UUID, StoredAnswer> answers(UUID gameId, int index) {
        var answers = new LinkedHashMap<UUID, StoredAnswer>();
        redis.opsForHash()
                .entries(new GameKeys(gameId).answers(index))
                .forEach((player, stored) ->
                        answers.put(UUID.fromString(player.toString()), StoredAnswer.parse(stored.toString())));
        return answers;
    }

    Optional<StoredAnswer> answer(UUID gameId, int index, UUID playerId) {
        Object stored = redis.opsForHash().get(new GameKeys(gameId).answers(index), playerId.toString());
        return Optional.ofNullable(stored).map(value -> StoredAnswer.parse(value.toString()));
    }

    /** A player's total score and rank. */
    record Standing(int score, int rank) {}

    /**
     * One player's score and competition rank (1 + the players with a higher score, as {@code GameService.ranks}
     * counts), from two sorted-set lookups instead of the whole ranking: every joining player asks for it.
     */
    Standing standing(UUID gameId, UUID playerId) {
        String key = new GameKeys(gameId).scores();
        Double score = redis.opsForZSet().score(key, playerId.toString());
        if (score == null) {
            Long players = redis.opsForZSet().zCard(key);
            return new Standing(0, players == null ? 0 : players.intValue());
        }
        // Scores are whole numbers: "higher" is at least score + 1.
        Long higher = redis.opsForZSet().count(key, score + 0.5, Double.POSITIVE_INFINITY);
        return new Standing(score.intValue(), 1 + (higher == null ? 0 : higher.intValue()));
    }

    /** Player ids with their total score, best first. */
    LinkedHashMap<UUID, Integer> ranking(UUID gameId) {
        var ranking = new LinkedHashMap<UUID, Integer>();
        var tuples = redis.opsForZSet().reverseRangeWithScores(new GameKeys(gameId).scores(), 0, -1);
        if (tuples != null) {
            tuples.forEach(tuple -> ranking.put(
                    UUID.fromString(tuple.getValue()),
                    tuple.getScore() == null ? 0 : tuple.getScore().intValue()));
        }
        return ranking;
    }

    /** Questions whose deadline has passed, as game id and index. */
    Set<String> dueDeadlines(long now) {
        Set<String> due = redis.opsForZSet().rangeByScore(GameKeys.DEADLINES, 0, now, 0, 200);
        return due == null ? Set.of() : due;
    }

    Set<String> idleGames(long olderThan) {
        Set<String> idle = redis.opsForZSet().rangeByScore(GameKeys.ACTIVITY, 0, olderThan, 0, 50);
        return idle == null ? Set.of() : idle;
    }

    void retryFinishAt(UUID gameId, long when) {
        redis.opsForZSet().add(GameKeys.RESULT_RETRIES, gameId.toString(), when);
    }

    void cancelFinishRetry(UUID gameId) {
        redis.opsForZSet().remove(GameKeys.RESULT_RETRIES, gameId.toString());
    }

    /** Games whose result write is due to be tried again. */
    Set<String> dueFinishRetries(long now) {
        Set<String> due = redis.opsForZSet().rangeByScore(GameKeys.RESULT_RETRIES, 0, now, 0, 50);
        return due == null ? Set.of() : due;
    }

    void touch(UUID gameId, long now) {
        redis.opsForZSet().add(GameKeys.ACTIVITY, gameId.toString(), now);
    }

    /** Pushes every key's expiry out again, so a long game keeps its state while the host is active. */
    void keepAlive(GameMeta meta) {
        Duration ttl = properties.keyTtl();
        var keys = new ArrayList<>(new GameKeys(meta.id()).all(meta.questionCount()));
        keys.add(GameKeys.pin(meta.pin()));
        redis.executePipelined((org.springframework.data.redis.core.RedisCallback<Object>) connection -> {
            for (String key : keys) {
                connection.keyCommands().expire(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), ttl.toSeconds());
            }
            return null;
        });
    }

    static String deadlineMember(UUID gameId, int index) {
        return gameId + ":" + index;
    }

    private static String seconds(Duration duration) {
        return Long.toString(Math.max(1, duration.toSeconds()));
    }

    private static <T> RedisScript<T> script(String name, Class<T> type) {
        return RedisScript.of(new ClassPathResource("game/" + name + ".lua"), type);
    }
}
