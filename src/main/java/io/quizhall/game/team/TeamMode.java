package io.quizhall.game.team;

import io.quizhall.game.GameFinished;
import io.quizhall.game.classic.ClassicMode;
import io.quizhall.game.core.GameMeta;
import io.quizhall.game.core.GameMode;
import io.quizhall.game.core.GamePayloads.PlayerResult;
import io.quizhall.game.core.GamePayloads.TeamMember;
import io.quizhall.game.core.GamePayloads.TeamResult;
import io.quizhall.game.core.GamePayloads.TeamStanding;
import io.quizhall.game.core.PlayableQuestion;
import io.quizhall.game.core.PlayerRecord;
import io.quizhall.game.core.Ranking;
import io.quizhall.game.core.Teams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Team play (docs/live-protocol.md, "Teams"): every player answers on their own phone and is judged and scored as
 * in the classic mode; a team's score is the mean of its members' scores (rounded to the nearest point), so teams
 * of different sizes compare fairly and a team without members scores 0. Standings go to everyone at each close,
 * on the leaderboard and at the end, where each team lists its members with their own scores (their
 * contribution).
 */
@Component
public class TeamMode implements GameMode {

    public static final String NAME = "team";

    private final ClassicMode classic;

    TeamMode(ClassicMode classic) {
        this.classic = classic;
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

    @Override
    public OptionalInt next(GameMeta meta) {
        return classic.next(meta);
    }

    /** The classic close with the team standings to everyone and each player's team standing in their result. */
    @Override
    public Closing close(Round round) {
        Closing closing = classic.close(round);
        List<TeamStanding> standings = standings(round.teams(), round.players(), round.ranking(), false);
        var players = new LinkedHashMap<UUID, PlayerResult>();
        closing.players()
                .forEach((player, result) ->
                        players.put(player, result.withTeam(TeamResult.of(standings, round.teams(), player))));
        return new Closing(
                closing.everyone().withTeams(standings),
                closing.host() == null ? null : closing.host().withTeams(standings),
                players);
    }

    /**
     * Teams best first with competition ranks ("1, 2, 2, 4") by the mean of their members' scores; with
     * {@code withMembers}, each member's nickname and score, best first.
     */
    @Override
    public List<TeamStanding> standings(
            Teams teams, Map<UUID, PlayerRecord> players, Ranking ranking, boolean withMembers) {
        var unranked = new ArrayList<TeamStanding>();
        teams.byTeam(players.keySet()).forEach((team, members) -> {
            long total = members.stream().mapToLong(ranking::score).sum();
            int score = members.isEmpty() ? 0 : (int) Math.round((double) total / members.size());
            List<TeamMember> listed = withMembers
                    ? members.stream()
                            .map(member -> new TeamMember(players.get(member).nickname(), ranking.score(member)))
                            .sorted(Comparator.comparingInt(TeamMember::score).reversed())
                            .toList()
                    : null;
            unranked.add(new TeamStanding(team, teams.names().get(team), score, 0, members.size(), listed));
        });
        unranked.sort(Comparator.comparingInt(TeamStanding::score).reversed().thenComparingInt(TeamStanding::team));
        var ranked = new ArrayList<TeamStanding>();
        for (TeamStanding standing : unranked) {
            int rank = 1
                    + (int) unranked.stream()
                            .filter(other -> other.score() > standing.score())
                            .count();
            ranked.add(standing.ranked(rank));
        }
        return ranked;
    }

    /** The classic record with every team: its name, score, rank and members. */
    @Override
    public GameFinished finished(Final game) {
        GameFinished record = classic.finished(game);
        var byTeam = game.teams().byTeam(game.players().keySet());
        List<GameFinished.Team> teams = standings(game.teams(), game.players(), game.ranking(), false).stream()
                .map(standing -> new GameFinished.Team(
                        standing.team(),
                        standing.name(),
                        standing.score(),
                        standing.rank(),
                        byTeam.get(standing.team())))
                .toList();
        return record.withMode(NAME, teams);
    }
}
