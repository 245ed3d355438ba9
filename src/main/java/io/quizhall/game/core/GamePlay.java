package io.quizhall.game.core;

import io.quizhall.game.GameStarted;
import io.quizhall.game.QuestionClosed;
import io.quizhall.game.core.GamePayloads.AnswerAck;
import io.quizhall.game.core.GamePayloads.AnswerRequest;
import io.quizhall.game.core.GamePayloads.GameState;
import io.quizhall.game.core.GamePayloads.Leaderboard;
import io.quizhall.game.core.GamePayloads.QuestionClock;
import io.quizhall.game.core.GamePayloads.QuestionOpened;
import io.quizhall.storage.StorageService;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The rounds of a game: opening questions, taking answers exactly once, closing questions, and telling a
 * (re)connecting client where the game is. What a question asks, how answers are judged and scored and what
 * closing shows are the game's {@link GameMode}'s; the timing and the once-only guard are the core's.
 */
@Service
public class GamePlay {

    private final GameStore store;
    private final GameModes modes;
    private final Broadcaster broadcaster;
    private final HostUpdates hostUpdates;
    private final GameProperties properties;
    private final StorageService storage;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GamePlay(
            GameStore store,
            GameModes modes,
            Broadcaster broadcaster,
            HostUpdates hostUpdates,
            GameProperties properties,
            StorageService storage,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.modes = modes;
        this.broadcaster = broadcaster;
        this.hostUpdates = hostUpdates;
        this.properties = properties;
        this.storage = storage;
        this.events = events;
        this.clock = clock;
    }

    void openNext(GameMeta meta) {
        int index = modes.of(meta)
                .next(meta)
                .orElseThrow(() -> GameExceptions.invalidAction("That was the last question; end the game."));
        PlayableQuestion question = store.questions(meta.id()).get(index);
        long now = clock.millis();
        // The get-ready phase: the question is shown now, its answers open (and its clock starts) after it.
        long opensAt = now + meta.getReadyMs();
        long limitMs = meta.timeLimit().limitMs(question, properties);
        long deadline = opensAt + limitMs;
        // An untimed question is stored with limit 0 (no speed points); its far deadline only tidies up.
        store.open(
                        meta.id(),
                        meta.current(),
                        index,
                        now,
                        opensAt,
                        deadline,
                        meta.timeLimit() == TimeLimit.NONE ? 0 : limitMs)
                .orThrow();
        storage.extendGameShare(meta.id(), properties.keyTtl());
        broadcaster.toTopic(
                GameDestinations.questions(meta.id()),
                QuestionOpened.of(index, meta.questionCount(), question, opensAt, deadline, now, meta.timeLimit()));
        startedIfFirst(meta);
    }

    /** Stops the open question's clock for everyone: no answers are taken until {@link #resume}. */
    void pause(GameMeta meta) {
        if (meta.status() != GameStatus.QUESTION_OPEN) {
            throw GameExceptions.invalidAction("No question is open.");
        }
        long now = clock.millis();
        ScriptOutcome outcome = store.pause(meta.id(), meta.current(), now);
        if (outcome == ScriptOutcome.QUESTION_PAUSED) {
            throw GameExceptions.invalidAction("The question is paused already.");
        }
        outcome.orThrow();
        sendClock(meta.id());
    }

    /** Starts the paused question's clock again; its deadline has moved on by the length of the pause. */
    void resume(GameMeta meta) {
        if (meta.status() != GameStatus.QUESTION_OPEN) {
            throw GameExceptions.invalidAction("No question is open.");
        }
        store.resume(meta.id(), meta.current(), clock.millis()).orThrow();
        sendClock(meta.id());
    }

    private void sendClock(UUID gameId) {
        GameMeta now = store.meta(gameId).orElseThrow(GameExceptions::gameNotFound);
        broadcaster.toTopic(GameDestinations.clock(gameId), QuestionClock.of(now, clock.millis()));
    }

    void skip(GameMeta meta) {
        if (!modes.of(meta).skipsQuestions()) {
            throw GameExceptions.invalidAction("Questions of this game cannot be skipped.");
        }
        store.skip(meta.id()).orThrow();
        startedIfFirst(meta);
    }

    private void startedIfFirst(GameMeta meta) {
        if (meta.status() == GameStatus.LOBBY) {
            events.publishEvent(new GameStarted(
                    meta.id(),
                    meta.quizId(),
                    meta.hostId(),
                    meta.mode(),
                    (int) store.playerCount(meta.id()),
                    Instant.ofEpochMilli(clock.millis())));
        }
    }

    /**
     * Judges and scores an answer (the mode's rules, from the server's clock) and records it once. A player who
     * answered before gets the first answer's acknowledgement again, marked as a repeat.
     */
    public AnswerAck answer(PlayerPrincipal player, AnswerRequest request) {
        UUID gameId = player.gameId();
        List<PlayableQuestion> questions = store.questions(gameId);
        if (request.question() < 0 || request.question() >= questions.size()) {
            throw GameExceptions.invalidAnswer("This game has no question " + request.question() + ".");
        }
        PlayableQuestion question = questions.get(request.question());
        if (!question.takesAnswers()) {
            throw GameExceptions.invalidAnswer("A slide takes no answers.");
        }
        if (request.answer() == null || request.answer().isNull()) {
            throw GameExceptions.invalidAnswer("Send an answer.");
        }
        GameMode mode = modes.of(store.modeOf(gameId));
        GameMode.Judgement judgement = mode.judge(question, request.answer());
        long now = clock.millis();
        long elapsed;
        GameStore.AnswerOutcome outcome;
        int tries = 0;
        do {
            // Before its question opened there is no timing: the script refuses such an answer as not open. A
            // pause moves the timing; the script says so and the answer is scored again from the moved one.
            var timing = store.timing(gameId, request.question())
                    .orElse(new GameStore.QuestionTiming(now, now, question.timeMillis(), 0));
            // Only games where the host gave someone extra time need the player's own (one more read).
            long extraMs = timing.extraMax() > 0 ? store.extraTime(gameId, player.playerId()) : 0;
            // The streak before this question does not change while it is open (closing moves it on). Whether
            // the game gives the bonus came with the timing, so classic games read nothing more.
            int bonus = judgement.right() && store.streakBonus(gameId)
                    ? mode.streakBonus(store.streak(gameId, player.playerId()))
                    : 0;
            elapsed = Math.max(0, now - timing.openedAt());
            // Extra time the host gave this player lengthens their limit, so it does not cost them points; without
            // a time limit every right answer scores as an instant one.
            int points = timing.untimed()
                    ? mode.points(judgement, 0, 1)
                    : mode.points(judgement, elapsed, timing.limitMs() + extraMs);
            var record = new StoredAnswer(judgement.right(), points + bonus, elapsed, judgement.given(), bonus);
            outcome = store.answer(
                    gameId, player.playerId(), request.question(), now, timing.openedAt(), extraMs, record);
        } while (outcome.outcome() == ScriptOutcome.CLOCK_MOVED && ++tries < 3);
        switch (outcome.outcome()) {
            case OK -> {}
            case ALREADY_ANSWERED -> {
                // A retry (or a second tab): the first answer stands and its acknowledgement is repeated.
                return new AnswerAck(request.question(), outcome.earlier().elapsedMs(), true, null);
            }
            case NOT_IN_GAME ->
                throw store.isKicked(gameId, player.playerId()) ? GameExceptions.kicked() : GameExceptions.notInGame();
            case CLOCK_MOVED -> throw GameExceptions.questionPaused();
            default -> outcome.outcome().orThrow();
        }
        hostUpdates.answered(gameId, request.question(), outcome.answered(), outcome.players());
        if (outcome.answered() >= outcome.players()) {
            closeQuestion(gameId, request.question());
        }
        return new AnswerAck(request.question(), elapsed, false, null);
    }

    /** Closes a question and sends what its mode shows; does nothing if it was closed already. */
    public void closeQuestion(UUID gameId, int index) {
        if (store.close(gameId, index, judged(gameId, index))) {
            sendResults(gameId, index);
        }
    }

    /** Whether a question's answers are right or wrong (not VOTING, not SLIDE): only those move streaks. */
    private boolean judged(UUID gameId, int index) {
        PlayableQuestion question = store.questions(gameId).get(index);
        return question.takesAnswers() && question.type() != PlayableQuestion.QuestionKind.VOTING;
    }

    /** The deadline timer's close: leaves a paused question, or one whose deadline a pause moved, open. */
    void closeIfDue(UUID gameId, int index) {
        if (store.closeIfDue(gameId, index, clock.millis(), judged(gameId, index))) {
            sendResults(gameId, index);
        }
    }

    private void sendResults(UUID gameId, int index) {
        GameMeta meta = store.meta(gameId).orElseThrow(GameExceptions::gameNotFound);
        var round = new GameMode.Round(
                gameId,
                index,
                store.questions(gameId).get(index),
                store.answers(gameId, index),
                store.players(gameId),
                store.ranking(gameId),
                store.streaks(gameId),
                store.teams(meta));
        GameMode.Closing closing = modes.of(meta).close(round);
        broadcaster.toTopic(GameDestinations.results(gameId), closing.everyone());
        if (closing.host() != null) {
            broadcaster.toHost(meta.hostId(), closing.host());
        }
        closing.players().forEach((player, result) -> broadcaster.toPlayer(player, GameDestinations.RESULT, result));
        events.publishEvent(new QuestionClosed(
                gameId,
                meta.hostId(),
                index,
                round.answers().size(),
                (int) round.answers().values().stream()
                        .filter(StoredAnswer::right)
                        .count(),
                round.players().size(),
                Instant.ofEpochMilli(clock.millis())));
    }

    /** Gives a player extra time on every question from now on and tells them (a GameState on their queue). */
    void grantExtraTime(GameMeta meta, UUID playerId, long extraMs) {
        store.grantExtraTime(meta.id(), playerId, extraMs).orThrow();
        broadcaster.toPlayer(playerId, GameDestinations.STATE, state(meta.id(), playerId));
    }

    /**
     * Moves a player to another team of a team game and tells the host (a {@code PlayerMoved}) and the player (a
     * GameState with their new team). Their points stay theirs; from now on they count for the new team.
     */
    void moveToTeam(GameMeta meta, UUID playerId, int team) {
        if (meta.teams().isEmpty()) {
            throw GameExceptions.invalidAction("This game has no teams.");
        }
        if (team < 0 || team >= meta.teams().size()) {
            throw GameExceptions.invalidTeam();
        }
        store.moveToTeam(meta.id(), playerId, team).orThrow();
        String nickname =
                store.player(meta.id(), playerId).map(PlayerRecord::nickname).orElse("");
        broadcaster.toHost(meta.hostId(), new GamePayloads.PlayerMoved(playerId, nickname, team));
        broadcaster.toPlayer(playerId, GameDestinations.STATE, state(meta.id(), playerId));
    }

    void showLeaderboard(GameMeta meta) {
        Ranking ranking = visibleRanking(meta);
        var players = store.players(meta.id());
        List<GamePayloads.TeamStanding> teams = modes.of(meta).standings(store.teams(meta), players, ranking, true);
        broadcaster.toTopic(
                GameDestinations.leaderboard(meta.id()),
                new Leaderboard(
                        ranking.top(players, properties.leaderboardSize()),
                        (int) store.playerCount(meta.id()),
                        teams.isEmpty() ? null : teams));
    }

    public GameState state(UUID gameId, @Nullable UUID playerId) {
        GameMeta meta = store.meta(gameId).orElseThrow(GameExceptions::gameNotFound);
        long now = clock.millis();
        QuestionOpened open = null;
        Boolean answered = null;
        Integer score = null;
        Integer rank = null;
        String nickname = null;
        GamePayloads.TeamResult team = null;
        if (meta.status() == GameStatus.QUESTION_OPEN) {
            PlayableQuestion question = store.questions(gameId).get(meta.current());
            open = QuestionOpened.of(
                            meta.current(),
                            meta.questionCount(),
                            question,
                            meta.openedAt(),
                            meta.deadline(),
                            now,
                            meta.timeLimit())
                    .at(QuestionClock.of(meta, now));
        }
        GameStore.Seat seat = playerId == null ? null : store.seat(gameId, playerId, meta.current());
        if (playerId != null) {
            nickname = seat.player() == null ? null : seat.player().nickname();
            answered = meta.current() >= 0 && seat.answered();
            if (meta.status() == GameStatus.QUESTION_OPEN) {
                // Scores without the open question's points: needs everyone's answers, so the whole ranking.
                Ranking ranking = visibleRanking(meta);
                score = ranking.score(playerId);
                rank = ranking.rank(playerId);
            } else {
                score = seat.standing().score();
                rank = seat.standing().rank();
            }
            if (!meta.teams().isEmpty()) {
                Teams teams = store.teams(meta);
                team = GamePayloads.TeamResult.of(
                        modes.of(meta).standings(teams, store.players(gameId), visibleRanking(meta), false),
                        teams,
                        playerId);
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
                seat == null ? (int) store.playerCount(gameId) : seat.players(),
                meta.locked(),
                meta.answersOnPhones(),
                team,
                seat == null ? null : positiveOrNull(seat.extraMs()),
                modes.of(meta).hotSeat(meta));
    }

    private static @Nullable Long positiveOrNull(long value) {
        return value > 0 ? value : null;
    }

    /**
     * Scores as players may see them: while a question is open its points are left out, or a player could tell
     * from their score or rank whether their answer was right before the question closes.
     */
    private Ranking visibleRanking(GameMeta meta) {
        Ranking ranking = store.ranking(meta.id());
        if (meta.status() != GameStatus.QUESTION_OPEN) {
            return ranking;
        }
        var before = new HashMap<>(ranking.scores());
        store.answers(meta.id(), meta.current())
                .forEach((player, answer) -> before.computeIfPresent(player, (id, score) -> score - answer.points()));
        var sorted = new LinkedHashMap<UUID, Integer>();
        before.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return new Ranking(sorted);
    }
}
