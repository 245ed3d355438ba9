package io.quizhall.game.core;

import io.quizhall.quiz.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
public class GameStore {

    private static final int CACHED_GAMES = 2_000;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final GameProperties properties;
    private final Map<UUID, List<PlayableQuestion>> questionCache = new ConcurrentHashMap<>();
    private final Map<UUID, String> modeCache = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> streakBonusCache = new ConcurrentHashMap<>();

    private final RedisScript<String> join = script("join", String.class);
    private final RedisScript<String> open = script("open", String.class);
    /** The timing of opened questions: never changes once a question opened, so each node reads it once. */
    private final Map<String, QuestionTiming> timings = new ConcurrentHashMap<>();

    @SuppressWarnings("rawtypes")
    private final RedisScript<List> answer = script("answer", List.class);

    @SuppressWarnings("rawtypes")
    private final RedisScript<List> connect = script("connect", List.class);

    @SuppressWarnings("rawtypes")
    private final RedisScript<List> seat = script("seat", List.class);

    private final RedisScript<Long> close = script("close", Long.class);
    private final RedisScript<Long> finish = script("finish", Long.class);
    private final RedisScript<Long> kick = script("kick", Long.class);
    private final RedisScript<String> skip = script("skip", String.class);
    private final RedisScript<String> pause = script("pause", String.class);
    private final RedisScript<String> resume = script("resume", String.class);
    private final RedisScript<String> extra = script("extra", String.class);
    private final RedisScript<String> team = script("team", String.class);
    private final RedisScript<String> reseat = script("reseat", String.class);

    private final DeadlineWatch deadlines;

    GameStore(StringRedisTemplate redis, JsonMapper json, GameProperties properties, DeadlineWatch deadlines) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
        this.deadlines = deadlines;
    }

    /** What the answer script did: recorded the answer (with the counts after it), or why not, or the earlier one. */
    record AnswerOutcome(ScriptOutcome outcome, @Nullable StoredAnswer earlier, int answered, int players) {}

    /**
     * When a question's answers opened (after its get-ready phase, moved on by pauses) and when it closes, and
     * its time limit, by the server's clock (ms).
     */
    /** {@code limitMs} 0: the game has no time limit ({@link TimeLimit#NONE}), so speed earns nothing. */
    record QuestionTiming(long openedAt, long deadline, long limitMs, long extraMax) {

        boolean untimed() {
            return limitMs == 0;
        }
    }

    /**
     * The Redis hash where a game's mode keeps its own state; it is kept alive and expires with the game's other
     * keys (write it with {@link #stateTtl()}).
     */
    public String modeStateKey(UUID gameId) {
        return new GameKeys(gameId).modeState();
    }

    /** How long a game's keys live without host activity. */
    public Duration stateTtl() {
        return properties.keyTtl();
    }

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
        modeCache.put(meta.id(), meta.mode());
        touch(meta.id(), meta.createdAt());
    }

    Optional<UUID> gameForPin(String pin) {
        return Optional.ofNullable(redis.opsForValue().get(GameKeys.pin(pin))).map(UUID::fromString);
    }

    public Optional<GameMeta> meta(UUID gameId) {
        Map<Object, Object> hash = redis.opsForHash().entries(new GameKeys(gameId).meta());
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        var strings = new java.util.HashMap<String, String>();
        hash.forEach((key, value) -> strings.put(key.toString(), value.toString()));
        return Optional.of(GameMeta.of(gameId, strings));
    }

    /** The name of the game's mode; cached per node, as it never changes. */
    String modeOf(UUID gameId) {
        String known = modeCache.get(gameId);
        if (known != null) {
            return known;
        }
        Object stored = redis.opsForHash().get(new GameKeys(gameId).meta(), "mode");
        if (stored == null) {
            // A game without a mode was created before modes existed, or its keys are gone.
            if (!Boolean.TRUE.equals(redis.hasKey(new GameKeys(gameId).meta()))) {
                throw GameExceptions.gameNotFound();
            }
            stored = GameModes.DEFAULT;
        }
        if (modeCache.size() >= CACHED_GAMES) {
            modeCache.clear();
        }
        modeCache.put(gameId, stored.toString());
        return stored.toString();
    }

    public List<PlayableQuestion> questions(UUID gameId) {
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

    /**
     * Adds a player; in a team game ({@code teamCount} > 0) to {@code team}, or, when it is null, to the team with
     * the fewest members (the lowest index among equals), decided in the same step.
     */
    ScriptOutcome join(
            UUID gameId,
            UUID playerId,
            String folded,
            PlayerRecord player,
            int maxPlayers,
            int teamCount,
            @Nullable Integer team) {
        var keys = new GameKeys(gameId);
        return ScriptOutcome.parse(redis.execute(
                join,
                List.of(
                        keys.meta(),
                        keys.players(),
                        keys.nicknames(),
                        keys.tokens(),
                        keys.kicked(),
                        keys.scores(),
                        keys.teams()),
                playerId.toString(),
                folded,
                json.writeValueAsString(player),
                player.tokenHash(),
                seconds(properties.keyTtl()),
                Integer.toString(maxPlayers),
                team == null ? "auto" : Integer.toString(team),
                Integer.toString(teamCount)));
    }

    /** The game's teams and who is in which (none for games without teams). */
    public Teams teams(GameMeta meta) {
        if (meta.teams().isEmpty()) {
            return Teams.NONE;
        }
        var members = new java.util.HashMap<UUID, Integer>();
        redis.opsForHash().entries(new GameKeys(meta.id()).teams()).forEach((field, team) -> {
            if (!field.toString().startsWith("count:")) {
                members.put(UUID.fromString(field.toString()), Integer.parseInt(team.toString()));
            }
        });
        return new Teams(meta.teams(), members);
    }

    /** A player's team, if the game has teams. */
    Optional<Integer> teamOf(UUID gameId, UUID playerId) {
        Object team = redis.opsForHash().get(new GameKeys(gameId).teams(), playerId.toString());
        return Optional.ofNullable(team).map(value -> Integer.parseInt(value.toString()));
    }

    /** The quiz's questions as written, with their original order, for the results record. */
    public List<Question> source(UUID gameId) {
        String stored = redis.opsForValue().get(new GameKeys(gameId).source());
        if (stored == null) {
            throw GameExceptions.gameNotFound();
        }
        return json.readValue(stored, new TypeReference<List<Question>>() {});
    }

    /** The player who holds a nickname (folded) in a game. */
    Optional<UUID> playerForNickname(UUID gameId, String folded) {
        Object playerId = redis.opsForHash().get(new GameKeys(gameId).nicknames(), folded);
        return Optional.ofNullable(playerId).map(id -> UUID.fromString(id.toString()));
    }

    /** Replaces a player's token in one step: the old one no longer authenticates. */
    ScriptOutcome reseat(UUID gameId, UUID playerId, String folded, PlayerRecord old, PlayerRecord updated) {
        var keys = new GameKeys(gameId);
        return ScriptOutcome.parse(redis.execute(
                reseat,
                List.of(keys.meta(), keys.players(), keys.tokens(), keys.kicked()),
                playerId.toString(),
                json.writeValueAsString(updated),
                updated.tokenHash(),
                old.tokenHash(),
                folded));
    }

    /**
     * The player who holds a token (its hash), with their record, or empty if nobody does.
     *
     * @throws GameException {@code kicked} if that player was kicked
     */
    @SuppressWarnings("unchecked")
    Optional<Map.Entry<UUID, PlayerRecord>> playerHolding(UUID gameId, String tokenHash) {
        var keys = new GameKeys(gameId);
        List<Object> found = redis.execute(connect, List.of(keys.tokens(), keys.kicked(), keys.players()), tokenHash);
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        if (found.size() == 1) {
            throw GameExceptions.kicked();
        }
        return Optional.of(Map.entry(
                UUID.fromString(found.get(0).toString()),
                json.readValue(found.get(1).toString(), PlayerRecord.class)));
    }

    boolean isKicked(UUID gameId, UUID playerId) {
        return Boolean.TRUE.equals(redis.opsForSet().isMember(new GameKeys(gameId).kicked(), playerId.toString()));
    }

    public Optional<PlayerRecord> player(UUID gameId, UUID playerId) {
        Object stored = redis.opsForHash().get(new GameKeys(gameId).players(), playerId.toString());
        return Optional.ofNullable(stored).map(value -> json.readValue(value.toString(), PlayerRecord.class));
    }

    /** Players in the order they joined. */
    public Map<UUID, PlayerRecord> players(UUID gameId) {
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

    /** Opens question {@code index}: shown now, taking answers from {@code openedAt} (after the get-ready phase). */
    /** Opens the question at {@code index} if the game is still at {@code seen} (modes may skip questions). */
    ScriptOutcome open(UUID gameId, int seen, int index, long shownAt, long openedAt, long deadline, long limitMs) {
        ScriptOutcome outcome = ScriptOutcome.parse(redis.execute(
                open,
                List.of(new GameKeys(gameId).meta()),
                Integer.toString(index),
                Long.toString(openedAt),
                Long.toString(deadline),
                Long.toString(limitMs),
                seconds(properties.keyTtl()),
                Long.toString(shownAt),
                Integer.toString(seen)));
        if (outcome == ScriptOutcome.OK) {
            long extraMax = scheduleClose(gameId, index, deadline);
            timings.put(deadlineMember(gameId, index), new QuestionTiming(openedAt, deadline, limitMs, extraMax));
            touch(gameId, shownAt);
        }
        return outcome;
    }

    /**
     * When the deadline timer is to close question {@code index}: at its deadline plus the most extra time any
     * player has (the close script checks the same sum).
     */
    private long scheduleClose(UUID gameId, int index, long deadline) {
        Object most = redis.opsForHash().get(new GameKeys(gameId).meta(), "extraMax");
        long extraMax = most == null ? 0 : Long.parseLong(most.toString());
        redis.opsForZSet().add(GameKeys.DEADLINES, deadlineMember(gameId, index), deadline + extraMax);
        deadlines.expect(deadline + extraMax);
        return extraMax;
    }

    /**
     * Gives a player {@code extraMs} more on every question (0 takes it back) and keeps the most any player has in
     * {@code meta}; an open question that is not paused closes later if it must.
     */
    ScriptOutcome grantExtraTime(UUID gameId, UUID playerId, long extraMs) {
        var keys = new GameKeys(gameId);
        ScriptOutcome outcome = ScriptOutcome.parse(redis.execute(
                extra,
                List.of(keys.meta(), keys.extra(), keys.players()),
                playerId.toString(),
                Long.toString(extraMs),
                seconds(properties.keyTtl())));
        if (outcome == ScriptOutcome.OK) {
            meta(gameId)
                    .filter(meta -> meta.status() == GameStatus.QUESTION_OPEN && !meta.paused())
                    .ifPresent(meta -> scheduleClose(gameId, meta.current(), meta.deadline()));
        }
        return outcome;
    }

    /** Moves a player to another team (the host's choice); their score stays theirs and now counts for it. */
    ScriptOutcome moveToTeam(UUID gameId, UUID playerId, int teamIndex) {
        var keys = new GameKeys(gameId);
        return ScriptOutcome.parse(redis.execute(
                team,
                List.of(keys.meta(), keys.players(), keys.teams()),
                playerId.toString(),
                Integer.toString(teamIndex)));
    }

    /** The extra time (ms) the host gave a player on every question; 0 for most. */
    long extraTime(UUID gameId, UUID playerId) {
        Object extraMs = redis.opsForHash().get(new GameKeys(gameId).extra(), playerId.toString());
        return extraMs == null ? 0 : Long.parseLong(extraMs.toString());
    }

    /** Every player's extra time (ms), for those who have some. */
    Map<UUID, Long> extraTimes(UUID gameId) {
        var extras = new java.util.HashMap<UUID, Long>();
        redis.opsForHash()
                .entries(new GameKeys(gameId).extra())
                .forEach((player, extraMs) ->
                        extras.put(UUID.fromString(player.toString()), Long.parseLong(extraMs.toString())));
        return extras;
    }

    /** Stops the open question's clock: the deadline timer leaves it alone until it is resumed. */
    ScriptOutcome pause(UUID gameId, int index, long now) {
        ScriptOutcome outcome = ScriptOutcome.parse(redis.execute(
                pause, List.of(new GameKeys(gameId).meta()), Integer.toString(index), Long.toString(now)));
        if (outcome == ScriptOutcome.OK) {
            redis.opsForZSet().remove(GameKeys.DEADLINES, deadlineMember(gameId, index));
        }
        return outcome;
    }

    /** Starts the paused question's clock again, its opening time and deadline moved on by the pause. */
    ScriptOutcome resume(UUID gameId, int index, long now) {
        ScriptOutcome outcome = ScriptOutcome.parse(redis.execute(
                resume, List.of(new GameKeys(gameId).meta()), Integer.toString(index), Long.toString(now)));
        if (outcome == ScriptOutcome.OK) {
            timings.remove(deadlineMember(gameId, index));
            timing(gameId, index).ifPresent(moved -> scheduleClose(gameId, index, moved.deadline()));
        }
        return outcome;
    }

    /**
     * The timing of question {@code index} if it is the game's current one and has been opened (by any node). Read
     * from Redis once per node and question: it changes only when the host resumes a paused question, and the
     * answer script tells a node whose copy is out of date ({@link ScriptOutcome#CLOCK_MOVED}).
     */
    Optional<QuestionTiming> timing(UUID gameId, int index) {
        String key = deadlineMember(gameId, index);
        QuestionTiming known = timings.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        List<Object> fields = redis.opsForHash()
                .multiGet(
                        new GameKeys(gameId).meta(),
                        List.of("current", "openedAt", "deadline", "limitMs", "extraMax", "streakBonus"));
        if (fields.get(0) == null
                || fields.get(1) == null
                || !Integer.toString(index).equals(fields.get(0).toString())) {
            return Optional.empty();
        }
        var timing = new QuestionTiming(
                Long.parseLong(fields.get(1).toString()),
                Long.parseLong(fields.get(2).toString()),
                Long.parseLong(fields.get(3).toString()),
                fields.get(4) == null ? 0 : Long.parseLong(fields.get(4).toString()));
        // The same read tells whether the game gives the streak bonus, so answering needs no other.
        streakBonusCache.putIfAbsent(gameId, "1".equals(String.valueOf(fields.get(5))));
        if (timings.size() >= CACHED_GAMES * 10) {
            timings.clear();
        }
        timings.put(key, timing);
        return Optional.of(timing);
    }

    /**
     * Records a judged answer once, if its question is open and its deadline not reached, adding its points to
     * the player's score in the same step. A player who answered before gets that earlier answer back.
     */
    @SuppressWarnings("unchecked")
    AnswerOutcome answer(
            UUID gameId, UUID playerId, int index, long now, long openedAt, long extraMs, StoredAnswer answer) {
        var keys = new GameKeys(gameId);
        List<Object> result = redis.execute(
                this.answer,
                List.of(keys.meta(), keys.answers(index), keys.scores(), keys.players(), keys.extra()),
                playerId.toString(),
                Integer.toString(index),
                Long.toString(now),
                json.writeValueAsString(answer),
                Integer.toString(answer.points()),
                seconds(properties.keyTtl()),
                Long.toString(openedAt),
                Long.toString(extraMs));
        ScriptOutcome outcome = ScriptOutcome.parse(result.get(0));
        if (outcome == ScriptOutcome.CLOCK_MOVED) {
            timings.remove(deadlineMember(gameId, index));
        }
        return switch (outcome) {
            case OK ->
                new AnswerOutcome(
                        outcome,
                        null,
                        Integer.parseInt(result.get(1).toString()),
                        Integer.parseInt(result.get(2).toString()));
            case ALREADY_ANSWERED -> new AnswerOutcome(outcome, parse(result.get(1)), 0, 0);
            default -> new AnswerOutcome(outcome, null, 0, 0);
        };
    }

    /**
     * True for exactly one caller per question, whichever node or trigger gets there first; that caller's script
     * also moves the answer streaks on when the question is {@code judged}.
     */
    boolean close(UUID gameId, int index, boolean judged) {
        Long closed = runClose(gameId, index, "", judged);
        redis.opsForZSet().remove(GameKeys.DEADLINES, deadlineMember(gameId, index));
        return closed != null && closed == 1;
    }

    private @Nullable Long runClose(UUID gameId, int index, String now, boolean judged) {
        var keys = new GameKeys(gameId);
        return redis.execute(
                close,
                List.of(keys.meta(), keys.answers(index), keys.players(), keys.streaks()),
                Integer.toString(index),
                now,
                judged ? "1" : "0",
                seconds(properties.keyTtl()));
    }

    /** Each player's right answers in a row up to the last closed question. */
    public Map<UUID, Integer> streaks(UUID gameId) {
        var streaks = new java.util.HashMap<UUID, Integer>();
        redis.opsForHash()
                .entries(new GameKeys(gameId).streaks())
                .forEach((player, streak) ->
                        streaks.put(UUID.fromString(player.toString()), Integer.parseInt(streak.toString())));
        return streaks;
    }

    /** One player's right answers in a row up to the last closed question. */
    int streak(UUID gameId, UUID playerId) {
        Object streak = redis.opsForHash().get(new GameKeys(gameId).streaks(), playerId.toString());
        return streak == null ? 0 : Integer.parseInt(streak.toString());
    }

    /** Whether the game gives the streak bonus; cached per node, as it never changes. */
    boolean streakBonus(UUID gameId) {
        Boolean known = streakBonusCache.get(gameId);
        if (known != null) {
            return known;
        }
        boolean bonus = "1".equals(redis.opsForHash().get(new GameKeys(gameId).meta(), "streakBonus"));
        if (streakBonusCache.size() >= CACHED_GAMES) {
            streakBonusCache.clear();
        }
        streakBonusCache.put(gameId, bonus);
        return bonus;
    }

    /**
     * The deadline timer's close: like {@link #close} unless the question is paused or a pause moved its deadline
     * past {@code now}; then it stays open and keeps its (moved) entry in the deadline set.
     */
    boolean closeIfDue(UUID gameId, int index, long now, boolean judged) {
        Long closed = runClose(gameId, index, Long.toString(now), judged);
        if (closed != null && closed == 2) {
            return false;
        }
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
            modeCache.remove(gameId);
            streakBonusCache.remove(gameId);
            timings.keySet().removeIf(key -> key.startsWith(gameId + ":"));
            return true;
        }
        return false;
    }

    boolean kick(UUID gameId, UUID playerId, String folded, int currentQuestion) {
        var keys = new GameKeys(gameId);
        Long kicked = redis.execute(
                kick,
                List.of(
                        keys.players(),
                        keys.kicked(),
                        keys.scores(),
                        keys.answers(Math.max(0, currentQuestion)),
                        keys.teams()),
                playerId.toString(),
                folded,
                seconds(properties.keyTtl()));
        return kicked != null && kicked == 1;
    }

    ScriptOutcome skip(UUID gameId) {
        return ScriptOutcome.parse(redis.execute(skip, List.of(new GameKeys(gameId).meta())));
    }

    void setLocked(UUID gameId, boolean locked) {
        redis.opsForHash().put(new GameKeys(gameId).meta(), "locked", locked ? "1" : "0");
    }

    public Map<UUID, StoredAnswer> answers(UUID gameId, int index) {
        var answers = new LinkedHashMap<UUID, StoredAnswer>();
        redis.opsForHash()
                .entries(new GameKeys(gameId).answers(index))
                .forEach((player, stored) -> answers.put(UUID.fromString(player.toString()), parse(stored)));
        return answers;
    }

    public Optional<StoredAnswer> answer(UUID gameId, int index, UUID playerId) {
        Object stored = redis.opsForHash().get(new GameKeys(gameId).answers(index), playerId.toString());
        return Optional.ofNullable(stored).map(this::parse);
    }

    private StoredAnswer parse(Object stored) {
        return json.readValue(stored.toString(), StoredAnswer.class);
    }

    /** A player's total score and rank. */
    record Standing(int score, int rank) {}

    /**
     * What one player's state needs ({@link GamePlay#state}): their record (null if they are not in the game), whether
     * they answered the current question, their score and competition rank (1 + the players with a higher score, as
     * {@link Ranking} counts; without a score, the number of players with one), the number of players and their
     * extra time. One script call: every joining player asks for it.
     */
    record Seat(@Nullable PlayerRecord player, boolean answered, Standing standing, int players, long extraMs) {}

    @SuppressWarnings("unchecked")
    Seat seat(UUID gameId, UUID playerId, int current) {
        var keys = new GameKeys(gameId);
        List<Object> found = redis.execute(
                seat,
                List.of(keys.players(), keys.answers(Math.max(current, 0)), keys.scores(), keys.extra()),
                playerId.toString(),
                Integer.toString(current));
        Object record = found.get(0);
        Object score = found.get(2);
        Object extraMs = found.get(5);
        return new Seat(
                record == null ? null : json.readValue(record.toString(), PlayerRecord.class),
                ((Number) found.get(1)).longValue() == 1,
                new Standing(
                        score == null ? 0 : (int) Double.parseDouble(score.toString()),
                        ((Number) found.get(3)).intValue()),
                ((Number) found.get(4)).intValue(),
                extraMs == null ? 0 : Long.parseLong(extraMs.toString()));
    }

    /** Players' total scores, best first. */
    public Ranking ranking(UUID gameId) {
        var ranking = new LinkedHashMap<UUID, Integer>();
        var tuples = redis.opsForZSet().reverseRangeWithScores(new GameKeys(gameId).scores(), 0, -1);
        if (tuples != null) {
            tuples.forEach(tuple -> ranking.put(
                    UUID.fromString(tuple.getValue()),
                    tuple.getScore() == null ? 0 : tuple.getScore().intValue()));
        }
        return new Ranking(ranking);
    }

    /** The earliest deadline of any open question (ms), or {@code Long.MAX_VALUE} when none is timed. */
    long earliestDeadline() {
        var first = redis.opsForZSet().rangeWithScores(GameKeys.DEADLINES, 0, 0);
        if (first == null || first.isEmpty()) {
            return Long.MAX_VALUE;
        }
        Double score = first.iterator().next().getScore();
        return score == null ? Long.MAX_VALUE : score.longValue();
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

    /**
     * A script read once. A script made from a resource checks the resource's last-modified time on every call
     * (to reload it), which inside the packaged jar opens the jar entry each time: 5 % of a join's CPU.
     */
    private static <T> RedisScript<T> script(String name, Class<T> type) {
        try {
            String text = new ClassPathResource("game/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8);
            return RedisScript.of(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Redis script game/" + name + ".lua is missing", e);
        }
    }
}
