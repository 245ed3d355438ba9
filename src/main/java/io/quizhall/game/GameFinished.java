package io.quizhall.game;

import io.quizhall.quiz.Question;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A live game ended and this is everything it recorded. Published once per game inside a transaction, so the
 * event publication registry keeps it until every listener has handled it (results, the quiz's play count,
 * later trophies and notifications): a failing listener or a dying node loses nothing. Listeners must be
 * idempotent, as an event may be delivered again after a crash.
 *
 * @param quizId the quiz played; null for a hot-seat round, whose questions come from a ladder
 * @param mode the mode the game was played in ({@code classic})
 * @param questions the quiz as played, in its original form: option ids below are indexes into these questions'
 *     answers
 * @param customField the label of the game's custom join field, if it had one
 * @param players every player still in the game at the end, best first
 * @param answers every recorded answer, kicked players' included
 */
public record GameFinished(
        UUID gameId,
        @Nullable UUID quizId,
        UUID hostId,
        String mode,
        Instant finishedAt,
        String title,
        String description,
        List<Question> questions,
        @Nullable String customField,
        List<Player> players,
        List<Answer> answers,
        List<Team> teams) {

    public GameFinished {
        questions = List.copyOf(questions);
        players = List.copyOf(players);
        answers = List.copyOf(answers);
        teams = List.copyOf(teams);
    }

    /** The same record for another mode, with its teams. */
    public GameFinished withMode(String name, List<Team> playedTeams) {
        return new GameFinished(
                gameId,
                quizId,
                hostId,
                name,
                finishedAt,
                title,
                description,
                questions,
                customField,
                players,
                answers,
                playedTeams);
    }

    /**
     * A team of a team game at the end: {@code team} its index, {@code score} the mean of its members' scores,
     * {@code rank} its competition rank, {@code members} the ids of its players still in the game.
     */
    public record Team(int team, String name, int score, int rank, List<UUID> members) {

        public Team {
            members = List.copyOf(members);
        }
    }

    /**
     * A player's standing at the end. {@code id} is stable within the game; {@code rank} is the competition
     * rank ("1, 2, 2, 4").
     */
    public record Player(UUID id, String nickname, @Nullable String customField, int score, int rank) {}

    /**
     * One recorded answer.
     *
     * @param question the question's index in {@link #questions()}
     * @param optionIds ABCD, VOTING: the chosen option; CHECK: the chosen options, ascending; ORDER: every option
     *     in the order given. Ids are indexes into the question's answers as the quiz has them (not the
     *     shuffled order players saw). Empty for RANGE and TEXT
     * @param value RANGE: the number given, as written
     * @param text TEXT: the text given, normalised
     * @param nickname the player's nickname; {@code kicked} when the host removed the player later
     */
    public record Answer(
            UUID playerId,
            String nickname,
            boolean kicked,
            int question,
            List<Integer> optionIds,
            @Nullable String value,
            @Nullable String text,
            boolean right,
            long elapsedMs,
            int points) {

        public Answer {
            optionIds = List.copyOf(optionIds);
        }
    }
}
