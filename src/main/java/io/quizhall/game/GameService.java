package io.quizhall.game;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.CurrentUser;
import io.quizhall.game.GamePayloads.AnswerAck;
import io.quizhall.game.GamePayloads.AnswerRequest;
import io.quizhall.game.GamePayloads.CreateGameRequest;
import io.quizhall.game.GamePayloads.Fastest;
import io.quizhall.game.GamePayloads.FinalStanding;
import io.quizhall.game.GamePayloads.GameCreated;
import io.quizhall.game.GamePayloads.GameEnded;
import io.quizhall.game.GamePayloads.GameInfo;
import io.quizhall.game.GamePayloads.GameState;
import io.quizhall.game.GamePayloads.HostView;
import io.quizhall.game.GamePayloads.JoinRequest;
import io.quizhall.game.GamePayloads.Joined;
import io.quizhall.game.GamePayloads.Leaderboard;
import io.quizhall.game.GamePayloads.LobbyChanged;
import io.quizhall.game.GamePayloads.PlayerLeft;
import io.quizhall.game.GamePayloads.PlayerResult;
import io.quizhall.game.GamePayloads.PlayerSummary;
import io.quizhall.game.GamePayloads.QuestionClosed;
import io.quizhall.game.GamePayloads.QuestionOpened;
import io.quizhall.game.GamePayloads.Solution;
import io.quizhall.game.GamePayloads.Standing;
import io.quizhall.game.GameStore.StoredAnswer;
import io.quizhall.game.PlayableQuestion.QuestionKind;
import io.quizhall.quiz.QuizService;
import io.quizhall.results.AnswerData;
import io.quizhall.results.FinishedGame;
import io.quizhall.results.GameResultService;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.Outages;
import io.quizhall.shared.RateLimiter;
import io.quizhall.shared.SecureTokens;
import io.quizhall.storage.StorageService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The live game engine. All state is in Redis ({@link GameStore}); this class decides and broadcasts. It never
 * runs inside a database transaction, and it is safe to call from any node at any time: the scripts decide which
 * caller wins.
 */
@Service
public class GameService {

    private static final Logger log = LoggerFactory.getLogger(GameService.class);
    private static final int PIN_ATTEMPTS = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GameStore store;
    private final QuizService quizzes;
    private final GameResultService results;
    private final Broadcaster broadcaster;
    private final HostUpdates hostUpdates;
    private final RateLimiter rateLimiter;
    private final GameProperties properties;
    private final AccountProperties accountProperties;
    private final StorageService storage;
    private final LiveShutdown shutdown;
    private final Clock clock;

    GameService(
            GameStore store,
            QuizService quizzes,
            GameResultService results,
            Broadcaster broadcaster,
            HostUpdates hostUpdates,
            RateLimiter rateLimiter,
            GameProperties properties,
            AccountProperties accountProperties,
            StorageService storage,
            LiveShutdown shutdown,
            Clock clock) {
        this.store = store;
        this.quizzes = quizzes;
        this.results = results;
        this.broadcaster = broadcaster;
        this.hostUpdates = hostUpdates;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.accountProperties = accountProperties;
        this.storage = storage;
        this.shutdown = shutdown;
        this.clock = clock;
    }

    // --- creating and joining ---

    GameCreated create(CurrentUser host, CreateGameRequest request) {
        if (shutdown.isStopping()) {
            throw GameExceptions.restarting();
        }
        var snapshot = quizzes.snapshotForGame(request.quizId(), host);
        if (snapshot.questions().isEmpty()) {
            throw GameExceptions.invalidAction("A quiz needs at least one question to be played.");
        }
        List<PlayableQuestion> playable = snapshot.questions().stream()
                .map(question -> PlayableQuestion.of(question, request.shuffle(), RANDOM))
                .toList();
        UUID gameId = UUID.randomUUID();
        String pin = claimPin(gameId);
        String customField = request.customField() == null ? "" : Nicknames.tidy(request.customField());
        if (Nicknames.length(customField) > CreateGameRequest.CUSTOM_FIELD_MAX) {
            throw InvalidFieldsException.of(
                    "customField", "has at most " + CreateGameRequest.CUSTOM_FIELD_MAX + " characters");
        }
        var meta = new GameMeta(
                gameId,
                snapshot.quizId(),
                host.id(),
                pin,
                snapshot.title(),
                snapshot.description() == null ? "" : snapshot.description(),
                GameStatus.LOBBY,
                -1,
                0,
                0,
                playable.size(),
                request.startLocked(),
                customField.isEmpty() ? null : customField,
                clock.millis());
        store.create(meta, playable, snapshot.questions());
        // Players have no account: the game's pictures become downloadable while it runs (docs/storage.md).
        storage.shareWithGame(gameId, snapshot.imageIds(), properties.keyTtl());
        log.info("Game {} (PIN {}) created by {} from quiz {}", gameId, pin, host.username(), snapshot.quizId());
        String base = accountProperties.publicUrl().toString().replaceAll("/$", "");
        return new GameCreated(gameId, pin, base + "/play?pin=" + pin);
    }

    GameInfo info(String pin, String clientAddress) {
        rateLimiter.consumeOrThrow(
                "game:pin:" + clientAddress,
                new RateLimiter.Limit(properties.pinLookupsPerMinute(), Duration.ofMinutes(1)),
                "Too many PIN lookups. Wait a minute.");
        GameMeta meta = metaForPin(pin);
        return new GameInfo(
                meta.pin(),
                meta.id(),
                meta.title(),
                meta.status() != GameStatus.FINISHED && !meta.locked(),
                meta.customField());
    }

    Joined join(String pin, JoinRequest request, String clientAddress) {
        rateLimiter.consumeOrThrow(
                "game:join:" + clientAddress,
                new RateLimiter.Limit(properties.joinsPerMinute(), Duration.ofMinutes(1)),
                "Too many joins from your network. Wait a minute.");
        GameMeta meta = metaForPin(pin);
        String nickname = Nicknames.normalize(request.nickname(), properties.nicknameMaxLength());
        String customValue = null;
        if (meta.customField() != null) {
            customValue = request.customField() == null ? "" : Nicknames.tidy(request.customField());
            if (customValue.isEmpty()) {
                throw GameExceptions.customFieldRequired(meta.customField());
            }
            if (Nicknames.length(customValue) > properties.customFieldMaxLength()) {
                throw GameExceptions.invalidCustomField(meta.customField(), properties.customFieldMaxLength());
            }
        }
        UUID playerId = UUID.randomUUID();
        String token = meta.id() + "." + SecureTokens.newToken();
        var player = new GameStore.PlayerRecord(nickname, customValue, SecureTokens.sha256Hex(token), clock.millis());
        String status = store.join(meta.id(), playerId, Nicknames.fold(nickname), player, properties.maxPlayers());
        switch (status) {
            case "ok" -> {}
            case "game_over" -> throw GameExceptions.gameOver();
            case "lobby_locked" -> throw GameExceptions.lobbyLocked();
            case "kicked" -> throw GameExceptions.kicked();
            case "game_full" -> throw GameExceptions.gameFull();
            case "nickname_taken" -> throw GameExceptions.nicknameTaken();
            default -> throw GameExceptions.gameNotFound();
        }
        hostUpdates.joined(meta.id(), new PlayerSummary(playerId, nickname, customValue));
        return new Joined(meta.id(), playerId, nickname, token);
    }

    /** Checks a player token from a STOMP CONNECT frame. */
    PlayerPrincipal authenticatePlayer(String token) {
        int dot = token.indexOf('.');
        UUID gameId;
        try {
            gameId = UUID.fromString(token.substring(0, Math.max(dot, 0)));
        } catch (IllegalArgumentException e) {
            throw GameExceptions.invalidToken();
        }
        UUID playerId =
                store.playerForToken(gameId, SecureTokens.sha256Hex(token)).orElseThrow(GameExceptions::invalidToken);
        if (store.isKicked(gameId, playerId)) {
            throw GameExceptions.kicked();
        }
        var player = store.player(gameId, playerId).orElseThrow(GameExceptions::invalidToken);
        return new PlayerPrincipal(gameId, playerId, player.nickname());
    }

    boolean isHost(UUID userId, UUID gameId) {
        return store.meta(gameId).map(meta -> meta.hostId().equals(userId)).orElse(false);
    }

    // --- playing ---

    AnswerAck answer(PlayerPrincipal player, AnswerRequest request) {
        List<PlayableQuestion> questions = store.questions(player.gameId());
        if (request.question() < 0 || request.question() >= questions.size()) {
            throw GameExceptions.invalidAnswer("This game has no question " + request.question() + ".");
        }
        PlayableQuestion question = questions.get(request.question());
        if (!question.takesAnswers()) {
            throw GameExceptions.invalidAnswer("A slide takes no answers.");
        }
        if (request.answer() == null) {
            throw GameExceptions.invalidAnswer("Send an answer.");
        }
        Judge.Verdict verdict = Judge.judge(question, request.answer());
        var outcome = store.answer(
                player.gameId(),
                player.playerId(),
                request.question(),
                clock.millis(),
                verdict.right(),
                verdict.canonicalAnswer());
        switch (outcome.status()) {
            case "ok" -> {}
            case "question_closed" -> throw GameExceptions.questionClosed();
            case "already_answered" -> {
                // A retry (or a second tab): the first answer stands and its acknowledgement is repeated.
                return new AnswerAck(request.question(), outcome.elapsedMs(), true, null);
            }
            case "not_in_game" ->
                throw store.isKicked(player.gameId(), player.playerId())
                        ? GameExceptions.kicked()
                        : GameExceptions.notInGame();
            default -> throw GameExceptions.gameNotFound();
        }
        hostUpdates.answered(player.gameId(), request.question(), outcome.answered(), outcome.players());
        if (outcome.answered() >= outcome.players()) {
            closeQuestion(player.gameId(), request.question());
        }
        return new AnswerAck(request.question(), outcome.elapsedMs(), false, null);
    }

    GameState state(UUID gameId, @Nullable UUID playerId) {
        GameMeta meta = store.meta(gameId).orElseThrow(GameExceptions::gameNotFound);
        long now = clock.millis();
        QuestionOpened open = null;
        Boolean answered = null;
        Integer score = null;
        Integer rank = null;
        String nickname = null;
        if (meta.status() == GameStatus.QUESTION_OPEN) {
            PlayableQuestion question = store.questions(gameId).get(meta.current());
            open = QuestionOpened.of(meta.current(), meta.questionCount(), question, meta.deadline(), now);
        }
        if (playerId != null) {
            nickname = store.player(gameId, playerId)
                    .map(GameStore.PlayerRecord::nickname)
                    .orElse(null);
            answered = meta.current() >= 0
                    && store.answer(gameId, meta.current(), playerId).isPresent();
            if (meta.status() == GameStatus.QUESTION_OPEN) {
                // Scores without the open question's points: needs everyone's answers, so the whole ranking.
                var ranking = visibleRanking(meta);
                score = ranking.getOrDefault(playerId, 0);
                rank = ranks(ranking).getOrDefault(playerId, ranking.size());
            } else {
                var standing = store.standing(gameId, playerId);
                score = standing.score();
                rank = standing.rank();
            }
        }
        return new GameState(
                gameId,
                meta.pin(),
                meta.title(),
                meta.status(),
                meta.current(),
                meta.questionCount(),
                now,
                open,
                nickname,
                answered,
                score,
                rank,
                (int) store.playerCount(gameId),
                meta.locked());
    }

    // --- host actions ---

    HostView hostView(UUID gameId, CurrentUser host) {
        GameMeta meta = hostedGame(gameId, host.id());
        var players = store.players(gameId).entrySet().stream()
                .map(entry -> new PlayerSummary(
                        entry.getKey(),
                        entry.getValue().nickname(),
                        entry.getValue().customField()))
                .toList();
        return new HostView(
                gameId,
                meta.pin(),
                meta.title(),
                meta.status(),
                meta.current(),
                meta.questionCount(),
                meta.locked(),
                meta.customField(),
                players);
    }

    void hostAction(UUID gameId, UUID hostId, String action, @Nullable UUID playerId) {
        GameMeta meta = hostedGame(gameId, hostId);
        if (meta.status() == GameStatus.FINISHED) {
            throw GameExceptions.gameOver();
        }
        store.touch(gameId, clock.millis());
        store.keepAlive(meta);
        switch (action) {
            case "start", "next" -> openNext(meta);
            case "close" -> {
                if (meta.status() != GameStatus.QUESTION_OPEN) {
                    throw GameExceptions.invalidAction("No question is open.");
                }
                closeQuestion(gameId, meta.current());
            }
            case "skip" -> expect(store.skip(gameId));
            case "leaderboard" ->
                broadcaster.toTopic(
                        GameDestinations.leaderboard(gameId),
                        new Leaderboard(top(gameId, visibleRanking(meta), properties.leaderboardSize()), (int)
                                store.playerCount(gameId)));
            case "lock", "unlock" -> {
                store.setLocked(gameId, action.equals("lock"));
                broadcaster.toTopic(GameDestinations.lobby(gameId), new LobbyChanged(action.equals("lock"), (int)
                        store.playerCount(gameId)));
            }
            case "kick" -> kick(gameId, hostId, playerId);
            case "end" -> finish(gameId);
            default -> throw GameExceptions.invalidMessage("Unknown host action \"" + action + "\".");
        }
    }

    private void openNext(GameMeta meta) {
        if (meta.status() == GameStatus.FINISHED) {
            throw GameExceptions.gameOver();
        }
        int index = meta.current() + 1;
        if (index >= meta.questionCount()) {
            throw GameExceptions.invalidAction("That was the last question; end the game.");
        }
        PlayableQuestion question = store.questions(meta.id()).get(index);
        long now = clock.millis();
        long deadline = now + question.timeMillis();
        expect(store.open(meta.id(), index, now, deadline, question.timeMillis()));
        storage.extendGameShare(meta.id(), properties.keyTtl());
        broadcaster.toTopic(
                GameDestinations.questions(meta.id()),
                QuestionOpened.of(index, meta.questionCount(), question, deadline, now));
    }

    private void kick(UUID gameId, UUID hostId, @Nullable UUID playerId) {
        if (playerId == null) {
            throw GameExceptions.invalidMessage("Say which player to remove: {\"playerId\": ...}.");
        }
        var player = store.player(gameId, playerId).orElseThrow(GameExceptions::notInGame);
        int current = store.meta(gameId).map(GameMeta::current).orElse(0);
        if (store.kick(gameId, playerId, Nicknames.fold(player.nickname()), current)) {
            broadcaster.endConnections(
                    PlayerPrincipal.nameOf(playerId), null, GamePayloads.GameError.of(GameExceptions.kicked()));
            broadcaster.toHost(hostId, new PlayerLeft(playerId, player.nickname(), (int) store.playerCount(gameId)));
        }
    }

    /** Closes a question and sends its results; does nothing if it was already closed. */
    void closeQuestion(UUID gameId, int index) {
        if (!store.close(gameId, index)) {
            return;
        }
        PlayableQuestion question = store.questions(gameId).get(index);
        Map<UUID, StoredAnswer> answers = store.answers(gameId, index);
        LinkedHashMap<UUID, Integer> ranking = store.ranking(gameId);
        Map<UUID, Integer> ranks = ranks(ranking);
        Map<UUID, GameStore.PlayerRecord> players = store.players(gameId);
        Fastest fastest = QuestionResults.fastest(answers, players);
        Map<String, Integer> tallies = QuestionResults.tallies(question, answers);
        var closed = new QuestionClosed(
                index,
                question.type().name(),
                Solution.of(question),
                question.hideResults() ? null : tallies,
                answers.size(),
                players.size(),
                fastest);
        broadcaster.toTopic(GameDestinations.results(gameId), closed);
        if (question.hideResults()) {
            store.meta(gameId)
                    .ifPresent(meta -> broadcaster.toHost(
                            meta.hostId(),
                            new QuestionClosed(
                                    index,
                                    closed.type(),
                                    closed.solution(),
                                    tallies,
                                    closed.answered(),
                                    closed.players(),
                                    fastest)));
        }
        if (!question.takesAnswers()) {
            return;
        }
        for (UUID playerId : players.keySet()) {
            StoredAnswer answer = answers.get(playerId);
            broadcaster.toPlayer(
                    playerId,
                    GameDestinations.RESULT,
                    new PlayerResult(
                            index,
                            answer != null,
                            answer != null && answer.right(),
                            answer == null ? 0 : answer.points(),
                            ranking.getOrDefault(playerId, 0),
                            ranks.getOrDefault(playerId, ranking.size()),
                            players.size()));
        }
    }

    /**
     * Ends a game: the result is written to PostgreSQL first (idempotent, keyed by the game id), then the game is
     * marked finished in Redis, which exactly one caller achieves and which then tells everyone.
     */
    public void finish(UUID gameId) {
        GameMeta meta = store.meta(gameId).orElse(null);
        if (meta == null || meta.status() == GameStatus.FINISHED) {
            store.cancelFinishRetry(gameId);
            return;
        }
        if (meta.status() == GameStatus.QUESTION_OPEN) {
            closeQuestion(gameId, meta.current());
        }
        if (meta.current() >= 0) {
            try {
                if (results.recordOnce(finishedGame(meta))) {
                    quizzes.recordPlay(meta.quizId());
                }
            } catch (RuntimeException failure) {
                // The game stays as it is (players keep their results on screen) and its keys stay alive until a
                // retry, by the timer or the host's next "end", writes the result.
                Duration retry = properties.resultRetryInterval();
                store.retryFinishAt(gameId, clock.millis() + retry.toMillis());
                store.keepAlive(meta);
                if (Outages.isOutage(failure)) {
                    log.warn(
                            "The result of game {} could not be written ({}); retrying in {}",
                            gameId,
                            failure.getClass().getSimpleName(),
                            retry);
                } else {
                    log.error("The result of game {} could not be written; retrying in {}", gameId, retry, failure);
                }
                throw GameExceptions.resultNotSaved(retry);
            }
        }
        LinkedHashMap<UUID, Integer> ranking = store.ranking(gameId);
        Map<UUID, Integer> ranks = ranks(ranking);
        List<Standing> top = top(gameId, ranking, properties.leaderboardSize());
        if (!store.finish(gameId, meta.questionCount(), meta.pin())) {
            return;
        }
        store.cancelFinishRetry(gameId);
        storage.endGameShare(gameId);
        log.info("Game {} ended after {} of {} questions", gameId, meta.current() + 1, meta.questionCount());
        broadcaster.toTopic(
                GameDestinations.ended(gameId),
                new GameEnded(
                        top.stream().filter(standing -> standing.rank() <= 3).toList(), top, ranking.size()));
        ranking.forEach((playerId, score) -> broadcaster.toPlayer(
                playerId,
                GameDestinations.FINAL,
                new FinalStanding(ranks.getOrDefault(playerId, ranking.size()), score, ranking.size())));
    }

    /**
     * Ends a game for a timer (idle timeout, or a retry of a result that could not be written). If the result
     * still cannot be written, the host is told; the retry is already scheduled.
     */
    void finishForTimer(UUID gameId) {
        try {
            finish(gameId);
        } catch (GameException refused) {
            store.meta(gameId)
                    .ifPresent(meta -> broadcaster.toUser(
                            HostPrincipal.nameOf(meta.hostId()),
                            GameDestinations.ERRORS,
                            GamePayloads.GameError.of(refused)));
        }
    }

    private FinishedGame finishedGame(GameMeta meta) {
        Map<UUID, GameStore.PlayerRecord> players = store.players(meta.id());
        List<PlayableQuestion> questions = store.questions(meta.id());
        var answers = new ArrayList<AnswerData>();
        for (int index = 0; index <= meta.current(); index++) {
            PlayableQuestion question = questions.get(index);
            for (var entry : store.answers(meta.id(), index).entrySet()) {
                var player = players.get(entry.getKey());
                StoredAnswer answer = entry.getValue();
                answers.add(new AnswerData(
                        index,
                        player == null ? "(removed)" : player.nickname(),
                        readable(question, answer.answer()),
                        answer.right(),
                        answer.elapsedMs(),
                        answer.points()));
            }
        }
        var scores = new TreeMap<String, Integer>();
        var custom = new TreeMap<String, String>();
        var ranking = store.ranking(meta.id());
        players.forEach((id, player) -> {
            scores.put(player.nickname(), ranking.getOrDefault(id, 0));
            if (player.customField() != null) {
                custom.put(player.nickname(), player.customField());
            }
        });
        return new FinishedGame(
                meta.id(),
                meta.quizId(),
                meta.hostId(),
                Instant.ofEpochMilli(clock.millis()),
                meta.title(),
                meta.description(),
                store.source(meta.id()),
                answers,
                scores,
                meta.customField() == null ? null : custom);
    }

    // --- helpers ---

    private GameMeta metaForPin(String pin) {
        if (!Pins.isWellFormed(pin)) {
            throw GameExceptions.gameNotFound();
        }
        return store.gameForPin(pin)
                .flatMap(store::meta)
                .filter(meta -> meta.status() != GameStatus.FINISHED)
                .orElseThrow(GameExceptions::gameNotFound);
    }

    private GameMeta hostedGame(UUID gameId, UUID hostId) {
        GameMeta meta = store.meta(gameId).orElseThrow(GameExceptions::gameNotFound);
        if (!meta.hostId().equals(hostId)) {
            // Another user's game is indistinguishable from a missing one.
            throw GameExceptions.gameNotFound();
        }
        return meta;
    }

    private String claimPin(UUID gameId) {
        for (int attempt = 0; attempt < PIN_ATTEMPTS; attempt++) {
            String pin = Pins.next();
            if (store.claimPin(pin, gameId)) {
                return pin;
            }
        }
        throw GameExceptions.invalidAction("No free game PIN right now; try again.");
    }

    private static void expect(String status) {
        switch (status) {
            case "ok" -> {}
            case "game_over" -> throw GameExceptions.gameOver();
            case "question_open" -> throw GameExceptions.invalidAction("Close the open question first.");
            case "no_more_questions" -> throw GameExceptions.invalidAction("That was the last question; end the game.");
            case "wrong_question" -> throw GameExceptions.invalidAction("Another host action came first; try again.");
            default -> throw GameExceptions.gameNotFound();
        }
    }

    /**
     * Scores as players may see them: while a question is open its points are left out, or a player could tell
     * from their score or rank whether their answer was right before the question closes.
     */
    private LinkedHashMap<UUID, Integer> visibleRanking(GameMeta meta) {
        LinkedHashMap<UUID, Integer> ranking = store.ranking(meta.id());
        if (meta.status() != GameStatus.QUESTION_OPEN) {
            return ranking;
        }
        var before = new HashMap<>(ranking);
        store.answers(meta.id(), meta.current())
                .forEach((player, answer) -> before.computeIfPresent(player, (id, score) -> score - answer.points()));
        var sorted = new LinkedHashMap<UUID, Integer>();
        before.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private List<Standing> top(UUID gameId, LinkedHashMap<UUID, Integer> ranking, int size) {
        var ranks = ranks(ranking);
        var players = store.players(gameId);
        var top = new ArrayList<Standing>();
        for (var entry : ranking.entrySet()) {
            if (top.size() >= size) {
                break;
            }
            var player = players.get(entry.getKey());
            if (player != null) {
                top.add(new Standing(ranks.get(entry.getKey()), player.nickname(), entry.getValue()));
            }
        }
        return top;
    }

    /** Competition ranking: equal scores share a rank, the next rank skips ahead ("1, 2, 2, 4"). */
    static Map<UUID, Integer> ranks(LinkedHashMap<UUID, Integer> ranking) {
        var ranks = new HashMap<UUID, Integer>();
        int position = 0;
        int rank = 0;
        Integer previous = null;
        for (var entry : ranking.entrySet()) {
            position++;
            if (!entry.getValue().equals(previous)) {
                rank = position;
                previous = entry.getValue();
            }
            ranks.put(entry.getKey(), rank);
        }
        return ranks;
    }

    /** Option ids in a stored answer turned back into the options' texts, for people reading results. */
    private static String readable(PlayableQuestion question, String canonical) {
        if (question.type() == QuestionKind.RANGE || question.type() == QuestionKind.TEXT) {
            return canonical;
        }
        var texts = new ArrayList<String>();
        for (int id : Judge.optionIds(canonical)) {
            texts.add(
                    id < question.options().size() ? question.options().get(id).answer() : Integer.toString(id));
        }
        return String.join(" | ", texts);
    }
}
