package io.quizhall.game.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The teams of a team game: their names (the index is the team's id) and which team each player is in. Classic
 * games have none ({@link #NONE}).
 */
public record Teams(List<String> names, Map<UUID, Integer> members) {

    public static final Teams NONE = new Teams(List.of(), Map.of());

    public Teams {
        names = List.copyOf(names);
        members = Map.copyOf(members);
    }

    public boolean any() {
        return !names.isEmpty();
    }

    /** Each team's players, in the order of {@code players} (join order). */
    public Map<Integer, List<UUID>> byTeam(Iterable<UUID> players) {
        var teams = new LinkedHashMap<Integer, List<UUID>>();
        for (int team = 0; team < names.size(); team++) {
            teams.put(team, new ArrayList<>());
        }
        for (UUID player : players) {
            Integer team = members.get(player);
            if (team != null && teams.containsKey(team)) {
                teams.get(team).add(player);
            }
        }
        return teams;
    }
}
