package io.quizhall.game.core;

import io.quizhall.game.GameFinished;
import io.quizhall.game.core.GamePayloads.FinalStanding;
import io.quizhall.game.core.GamePayloads.GameEnded;
import io.quizhall.game.core.GamePayloads.Standing;
import io.quizhall.shared.Outages;
import io.quizhall.storage.StorageService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends games. The record of the game ({@link GameFinished}, as its mode makes it) is published first, inside a
 * transaction, so the event publication registry keeps it in PostgreSQL until every listener (results, play
 * counts, ...) has handled it; only then is the game marked finished in Redis, which exactly one caller achieves
 * and which then tells everyone. If the record cannot be kept, the game stays as it is and is ended again later.
 */
@Service
public class GameEnding {

    private static final Logger log = LoggerFactory.getLogger(GameEnding.class);

    private final GameStore store;
    private final GameModes modes;
    private final GamePlay play;
    private final Broadcaster broadcaster;
    private final GameProperties properties;
    private final StorageService storage;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GameEnding(
            GameStore store,
            GameModes modes,
            GamePlay play,
            Broadcaster broadcaster,
            GameProperties properties,
            StorageService storage,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.modes = modes;
        this.play = play;
        this.broadcaster = broadcaster;
        this.properties = properties;
        this.storage = storage;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Ends a game: closes an open question, records the game (unless it never left the lobby), marks it finished
     * and sends the final standings. Safe to call again, from any node.
     *
     * @throws GameException {@code result_not_saved} when the record could not be kept; a retry is scheduled
     */
    public void finish(UUID gameId) {
        GameMeta meta = store.meta(gameId).orElse(null);
        if (meta == null || meta.status() == GameStatus.FINISHED) {
            store.cancelFinishRetry(gameId);
            return;
        }
        if (meta.status() == GameStatus.QUESTION_OPEN) {
            play.closeQuestion(gameId, meta.current());
        }
        if (meta.current() >= 0) {
            record(meta);
        }
        Ranking ranking = store.ranking(gameId);
        var players = store.players(gameId);
        List<Standing> top = ranking.top(players, properties.leaderboardSize());
        Teams teams = store.teams(meta);
        List<GamePayloads.TeamStanding> standings = modes.of(meta).standings(teams, players, ranking, true);
        if (!store.finish(gameId, meta.questionCount(), meta.pin())) {
            return;
        }
        store.cancelFinishRetry(gameId);
        storage.endGameShare(gameId);
        log.info("Game {} ended after {} of {} questions", gameId, meta.current() + 1, meta.questionCount());
        broadcaster.toTopic(
                GameDestinations.ended(gameId),
                new GameEnded(
                        top.stream().filter(standing -> standing.rank() <= 3).toList(),
                        top,
                        ranking.size(),
                        standings.isEmpty() ? null : standings));
        ranking.scores()
                .forEach((playerId, score) -> broadcaster.toPlayer(
                        playerId,
                        GameDestinations.FINAL,
                        new FinalStanding(
                                ranking.rank(playerId),
                                score,
                                ranking.size(),
                                GamePayloads.TeamResult.of(standings, teams, playerId))));
    }

    /**
     * Ends a game for a timer (idle timeout, or a retry of a record that could not be kept). If it still cannot
     * be kept, the host is told; the retry is already scheduled.
     */
    public void finishForTimer(UUID gameId) {
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

    private void record(GameMeta meta) {
        try {
            GameFinished finished = modes.of(meta).finished(finalState(meta));
            transactions.executeWithoutResult(transaction -> events.publishEvent(finished));
        } catch (RuntimeException failure) {
            // The game stays as it is (players keep their results on screen) and its keys stay alive until a
            // retry, by the timer or the host's next "end", keeps the record.
            Duration retry = properties.resultRetryInterval();
            store.retryFinishAt(meta.id(), clock.millis() + retry.toMillis());
            store.keepAlive(meta);
            if (Outages.isOutage(failure)) {
                log.warn(
                        "The result of game {} could not be kept ({}); retrying in {}",
                        meta.id(),
                        Outages.describe(failure),
                        retry);
            } else {
                log.error("The result of game {} could not be kept; retrying in {}", meta.id(), retry, failure);
            }
            throw GameExceptions.resultNotSaved(retry);
        }
    }

    private GameMode.Final finalState(GameMeta meta) {
        Map<Integer, Map<UUID, StoredAnswer>> answers = new HashMap<>();
        for (int index = 0; index <= meta.current(); index++) {
            answers.put(index, store.answers(meta.id(), index));
        }
        return new GameMode.Final(
                meta,
                store.questions(meta.id()),
                store.source(meta.id()),
                store.players(meta.id()),
                answers,
                store.ranking(meta.id()),
                Instant.ofEpochMilli(clock.millis()),
                store.teams(meta));
    }
}
