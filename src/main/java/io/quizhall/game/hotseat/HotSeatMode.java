package io.quizhall.game.hotseat;

import io.quizhall.game.GameFinished;
import io.quizhall.game.classic.ClassicMode;
import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GameMeta;
import io.quizhall.game.core.GameMode;
import io.quizhall.game.core.GamePayloads.HotSeatStatus;
import io.quizhall.game.core.GameStatus;
import io.quizhall.game.core.PlayableQuestion;
import io.quizhall.game.core.StoredAnswer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The millionaire inside a live game (docs/live-protocol.md, "Hot seat"). Everyone answers every question and
 * is scored as in the classic mode, so the room plays along as the audience; the contestant's answer alone moves
 * the ladder: right climbs a level, wrong or none ends the round at the last safe level's prize, the last level
 * right wins the top prize. The contestant is the fastest right answer to the fastest-finger question, or whom
 * the host chooses. Which question comes next depends on the round: the played question of the next level (its
 * spare after a switch), nothing once the round is over.
 */
@Component
class HotSeatMode implements GameMode {

    static final String NAME = "hotseat";

    private final ClassicMode classic;
    private final HotSeatStore store;

    HotSeatMode(ClassicMode classic, HotSeatStore store) {
        this.classic = classic;
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Judgement judge(PlayableQuestion question, JsonNode answer) {
        return classic.judge(question, answer);
    }

    @Override
    public int points(Judgement judgement, long elapsedMs, long limitMs) {
        return classic.points(judgement, elapsedMs, limitMs);
    }

    /** The round decides the next question: a level's, or its spare after a switch. */
    @Override
    public boolean skipsQuestions() {
        return false;
    }

    @Override
    public OptionalInt next(GameMeta meta) {
        HotSeatState seat = store.state(meta.id());
        if (seat.over()) {
            throw GameExceptions.invalidAction("The hot-seat round is over: end the game.");
        }
        if (seat.contestant() == null) {
            if (seat.fastestFinger() && meta.current() < 0) {
                return OptionalInt.of(0);
            }
            throw GameExceptions.invalidAction(
                    "Choose the contestant first: nobody answered the fastest-finger" + " question right.");
        }
        int level = seat.level() + 1;
        if (level > seat.rungs().size()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(seat.playedQuestionOf(level));
    }

    @Override
    public Closing close(Round round) {
        Closing closing = classic.close(round);
        UUID gameId = round.gameId();
        HotSeatState seat = store.state(gameId);
        Integer level = seat.levelOf(round.index());
        if (level == null) {
            fastestRight(round.answers())
                    .ifPresent(player -> store.seatIfEmpty(
                            gameId, player, round.players().get(player).nickname()));
        } else if (!seat.over()
                && seat.level() == level - 1
                && round.index() == seat.playedQuestionOf(level)
                && seat.contestant() != null) {
            // Only the first close of the level's question decides it (the host screen may close it again).
            decide(gameId, seat, level, round.answers().get(seat.contestant()), round.index());
        }
        HotSeatStatus status = store.state(gameId).status(round.index());
        return new Closing(
                closing.everyone().withHotSeat(status),
                closing.host() == null ? null : closing.host().withHotSeat(status),
                closing.players());
    }

    /** Moves the ladder by the contestant's answer; walking away during the question stands whatever they sent. */
    private void decide(UUID gameId, HotSeatState seat, int level, @Nullable StoredAnswer answer, int index) {
        if (seat.walkedAt() != null && seat.walkedAt() == index) {
            store.decide(gameId, seat.level(), HotSeatState.Outcome.WALKED);
        } else if (answer != null && answer.right()) {
            store.decide(gameId, level, level == seat.rungs().size() ? HotSeatState.Outcome.WON : null);
        } else {
            store.decide(gameId, seat.level(), HotSeatState.Outcome.LOST);
        }
    }

    private static java.util.Optional<UUID> fastestRight(Map<UUID, StoredAnswer> answers) {
        return answers.entrySet().stream()
                .filter(entry -> entry.getValue().right())
                .min(Comparator.comparingLong((Map.Entry<UUID, StoredAnswer> entry) ->
                                entry.getValue().elapsedMs())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    @Override
    public HotSeatStatus hotSeat(GameMeta meta) {
        int index = meta.status() == GameStatus.LOBBY ? -1 : meta.current();
        return store.state(meta.id()).status(index);
    }

    @Override
    public GameFinished finished(Final game) {
        return classic.finished(game).withMode(NAME, List.of());
    }
}
