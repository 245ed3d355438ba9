package io.quizhall.game.core;

import io.quizhall.game.core.GamePayloads.Standing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Players' total scores, best first, with competition ranks: equal scores share a rank and the next rank skips
 * ahead ("1, 2, 2, 4").
 */
public final class Ranking {

    private final LinkedHashMap<UUID, Integer> scores;
    private final Map<UUID, Integer> ranks = new HashMap<>();

    /** @param scores player ids with their scores, best first */
    public Ranking(LinkedHashMap<UUID, Integer> scores) {
        this.scores = scores;
        int position = 0;
        int rank = 0;
        Integer previous = null;
        for (var entry : scores.entrySet()) {
            position++;
            if (!entry.getValue().equals(previous)) {
                rank = position;
                previous = entry.getValue();
            }
            ranks.put(entry.getKey(), rank);
        }
    }

    public LinkedHashMap<UUID, Integer> scores() {
        return scores;
    }

    public int score(UUID player) {
        return scores.getOrDefault(player, 0);
    }

    /** A player's rank; one past the last for a player without a score. */
    public int rank(UUID player) {
        return ranks.getOrDefault(player, scores.size());
    }

    public int size() {
        return scores.size();
    }

    /** The first {@code size} players still in the game, with their ranks. */
    public List<Standing> top(Map<UUID, PlayerRecord> players, int size) {
        var top = new ArrayList<Standing>();
        for (var entry : scores.entrySet()) {
            if (top.size() >= size) {
                break;
            }
            PlayerRecord player = players.get(entry.getKey());
            if (player != null) {
                top.add(new Standing(rank(entry.getKey()), player.nickname(), entry.getValue()));
            }
        }
        return top;
    }
}
