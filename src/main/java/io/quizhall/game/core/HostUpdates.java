package io.quizhall.game.core;

import io.quizhall.game.core.GamePayloads.AnswerCount;
import io.quizhall.game.core.GamePayloads.LobbyChanged;
import io.quizhall.game.core.GamePayloads.PlayerSummary;
import io.quizhall.game.core.GamePayloads.PlayersJoined;
import io.quizhall.shared.Outages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Coalesces what the host sees change fast: answer counts and joining players are gathered and sent at most every
 * {@code quizhall.game.host-update-interval}, so 3,000 answers make about 20 host messages, not 3,000. The player
 * count every player's lobby shows ({@link LobbyChanged}) goes at most every {@code
 * quizhall.game.lobby-update-interval}: it is one message per player, so at the host's pace a storm of 10,000
 * joins sent hundreds of thousands of them and starved the joins themselves (docs/performance.md). The sending timer
 * sleeps while nothing is waiting (an idle node does not wake ten times a second for it).
 */
@Component
class HostUpdates {

    private final Broadcaster broadcaster;
    private final GameStore store;
    private final LiveShutdown shutdown;
    private final Map<UUID, AnswerCount> counts = new ConcurrentHashMap<>();
    private final Map<UUID, List<PlayerSummary>> joins = new ConcurrentHashMap<>();
    /** Games whose lobby count changed since it was last broadcast. */
    private final Set<UUID> lobbies = ConcurrentHashMap.newKeySet();
    /** When each game's lobby count was last broadcast (ms of {@link System#nanoTime()}). */
    private final Map<UUID, Long> lobbySent = new ConcurrentHashMap<>();

    private final AtomicBoolean waiting = new AtomicBoolean();
    private final Alarm timer = new Alarm("host-updates", this::flushWaiting);
    private final long interval;
    private final long lobbyInterval;

    /** When the last pass began (ms of {@link System#nanoTime()}). */
    private volatile long lastPass = Long.MIN_VALUE / 2;

    HostUpdates(Broadcaster broadcaster, GameStore store, LiveShutdown shutdown, GameProperties properties) {
        this.interval = properties.hostUpdateInterval().toMillis();
        this.lobbyInterval = properties.lobbyUpdateInterval().toMillis();
        this.broadcaster = broadcaster;
        this.store = store;
        this.shutdown = shutdown;
    }

    @PostConstruct
    void startTimer() {
        timer.start(Alarm.WHEN_ASKED);
    }

    @PreDestroy
    void stopTimer() {
        timer.close();
    }

    void answered(UUID gameId, int question, int answered, int players) {
        counts.merge(
                gameId,
                new AnswerCount(question, answered, players),
                (old, latest) ->
                        latest.question() == old.question() && latest.answered() < old.answered() ? old : latest);
        sendSoon();
    }

    void joined(UUID gameId, PlayerSummary player) {
        joins.compute(gameId, (id, list) -> {
            var joined = list == null ? new ArrayList<PlayerSummary>() : list;
            joined.add(player);
            return joined;
        });
        sendSoon();
    }

    /** The lobby count goes out now with something else (a lock): a count waiting for its turn is not needed. */
    void lobbyAnnounced(UUID gameId) {
        lobbies.remove(gameId);
        lobbySent.put(gameId, nowMillis());
    }

    /**
     * The first update after a pass asks for the next pass: at once if the last one is an interval ago, else when it
     * will be; the updates arriving meanwhile ride along with it.
     */
    private void sendSoon() {
        if (waiting.compareAndSet(false, true)) {
            timer.runWithin(lastPass + interval - nowMillis());
        }
    }

    private long flushWaiting() {
        // Cleared before sending, so that an update arriving during the pass asks for the next one.
        waiting.set(false);
        lastPass = nowMillis();
        flush();
        return sendLobbyCounts(lastPass);
    }

    /** Broadcasts the lobby counts that are due; returns in how many ms the next one is, or {@link Alarm#WHEN_ASKED}. */
    private long sendLobbyCounts(long now) {
        if (shutdown.isStopping()) {
            return Alarm.WHEN_ASKED;
        }
        long next = Long.MAX_VALUE;
        for (UUID gameId : List.copyOf(lobbies)) {
            long due = lobbySent.getOrDefault(gameId, Long.MIN_VALUE / 2) + lobbyInterval;
            if (due > now) {
                next = Math.min(next, due);
            } else if (lobbies.remove(gameId)) {
                lobbySent.put(gameId, now);
                // Once the game has begun nobody looks at the lobby; results carry the count (late joins need no
                // broadcast to every player, and the first question's fan-out no broadcast of its own beside it).
                quietly(() -> store.meta(gameId)
                        .filter(meta -> meta.status() == GameStatus.LOBBY)
                        .ifPresent(meta -> broadcaster.toTopic(
                                GameDestinations.lobby(gameId),
                                new LobbyChanged(meta.locked(), (int) store.playerCount(gameId)))));
            }
        }
        if (lobbySent.size() > 10_000) {
            lobbySent.values().removeIf(sent -> sent < now - lobbyInterval);
        }
        return next == Long.MAX_VALUE ? Alarm.WHEN_ASKED : next - now;
    }

    private static long nowMillis() {
        return System.nanoTime() / 1_000_000;
    }

    private void flush() {
        if (shutdown.isStopping()) {
            return;
        }
        for (UUID gameId : List.copyOf(counts.keySet())) {
            AnswerCount count = counts.remove(gameId);
            if (count != null) {
                send(gameId, hostId -> broadcaster.toHost(hostId, count));
            }
        }
        for (UUID gameId : List.copyOf(joins.keySet())) {
            List<PlayerSummary> joined = joins.remove(gameId);
            if (joined != null && !joined.isEmpty()) {
                // The host sees who joined now; everyone in the lobby sees how many are in when the count is due.
                quietly(() -> store.meta(gameId)
                        .ifPresent(
                                meta -> broadcaster.toHost(meta.hostId(), new PlayersJoined(List.copyOf(joined), (int)
                                        store.playerCount(gameId)))));
                lobbies.add(gameId);
            }
        }
    }

    private void send(UUID gameId, java.util.function.Consumer<UUID> toHost) {
        quietly(() -> store.meta(gameId).ifPresent(meta -> toHost.accept(meta.hostId())));
    }

    /** A lost update is replaced by the next one (and by a sync): during a Redis outage it is dropped. */
    private void quietly(Runnable update) {
        try {
            update.run();
        } catch (RuntimeException failure) {
            if (!Outages.isOutage(failure)) {
                throw failure;
            }
        }
    }
}
