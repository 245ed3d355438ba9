package io.quizhall.results;

import io.quizhall.game.GameFinished;
import java.util.List;
import java.util.UUID;

/**
 * A team of a finished team game: its index and name, its score (the mean of its members' scores), its competition
 * rank and its members' player ids (their scores are in the result's players).
 */
public record TeamData(int team, String name, int score, int rank, List<UUID> members) {

    static TeamData of(GameFinished.Team team) {
        return new TeamData(team.team(), team.name(), team.score(), team.rank(), team.members());
    }
}
