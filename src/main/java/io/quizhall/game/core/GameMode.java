package io.quizhall.game.core;

import io.quizhall.game.GameFinished;
import io.quizhall.game.core.GamePayloads.PlayerResult;
import io.quizhall.game.core.GamePayloads.QuestionClosed;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A way of playing a live game. The core keeps what every mode shares (PINs, joining, tokens, reconnecting,
 * kicking and locking, timers and deadlines, the once-only answer guard, fan-out, authorisation); a mode decides
 * what is asked next, how an answer is judged and scored, what everyone sees when a question closes, and what a
 * finished game records. docs/architecture.md sketches the modes to come and how they plug in.
 */
public interface GameMode {

    /** The name a game keeps in its state ({@code classic}). */
    String name();

    /**
     * Judges an answer after checking that it has the shape its question needs.
     *
     * @throws GameException {@code invalid_answer} for a wrong shape
     */
    Judgement judge(PlayableQuestion question, JsonNode answer);

    /** Points for a judged answer that arrived {@code elapsedMs} after its question opened; never negative. */
    int points(Judgement judgement, long elapsedMs, long limitMs);

    /**
     * Extra points for a right answer after {@code streak} right answers in a row, in games with the streak bonus
     * on: 100 per answer in the streak, at most 500.
     */
    default int streakBonus(int streak) {
        return 100 * Math.max(0, Math.min(streak, 5));
    }

    /**
     * The standings of the game's teams, best first (none in modes without teams); with {@code withMembers}, each
     * team lists its members' scores.
     */
    default List<GamePayloads.TeamStanding> standings(
            Teams teams, Map<UUID, PlayerRecord> players, Ranking ranking, boolean withMembers) {
        return List.of();
    }

    /** Whether the host may skip a question without showing it (not in modes that choose the next question). */
    default boolean skipsQuestions() {
        return true;
    }

    /** What a reconnecting client needs of the mode's own state (the hot seat's), if the mode has any. */
    default GamePayloads.@Nullable HotSeatStatus hotSeat(GameMeta meta) {
        return null;
    }

    /**
     * The index of the question to open after the current one ({@code meta.current()}), or empty when none is
     * left.
     *
     * @throws GameException {@code invalid_action} when the host must do something first
     */
    OptionalInt next(GameMeta meta);

    /**
     * What closing a question shows: to everyone, to the host alone (if different), and to each player. It is
     * asked again for a question closed earlier (the host screen shows it again), so a mode that keeps state of
     * its own must change it only once per question.
     */
    Closing close(Round round);

    /** The record of a finished game, for {@link GameFinished}. */
    GameFinished finished(Final game);

    /**
     * An answer judged: whether it is right and the answer as it is kept ({@code 2}, {@code [0,2]},
     * {@code 1989}, {@code "gold"}), in the ids of the options as this game shows them.
     */
    record Judgement(boolean right, JsonNode given) {}

    /**
     * A question at its close: every recorded answer, the players and scores after it, and each player's right
     * answers in a row after it.
     */
    record Round(
            UUID gameId,
            int index,
            PlayableQuestion question,
            Map<UUID, StoredAnswer> answers,
            Map<UUID, PlayerRecord> players,
            Ranking ranking,
            Map<UUID, Integer> streaks,
            Teams teams) {}

    /**
     * What closing sends.
     *
     * @param everyone on the results topic
     * @param host to the host's queue as well, or null when the host sees what everyone sees
     * @param players to each player's result queue (none for a question that takes no answers)
     */
    record Closing(QuestionClosed everyone, @Nullable QuestionClosed host, Map<UUID, PlayerResult> players) {}

    /** A game at its end: its state, questions as played and as written, players, answers and scores. */
    record Final(
            GameMeta meta,
            List<PlayableQuestion> played,
            List<io.quizhall.quiz.Question> written,
            Map<UUID, PlayerRecord> players,
            Map<Integer, Map<UUID, StoredAnswer>> answers,
            Ranking ranking,
            java.time.Instant finishedAt,
            Teams teams) {}
}
