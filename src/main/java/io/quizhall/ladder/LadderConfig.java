package io.quizhall.ladder;

import java.util.List;
import java.util.UUID;

/**
 * A ladder: its levels in order (level 1 first), the categories its questions come from (none listed: all), and
 * whether it offers "phone a friend".
 */
record LadderConfig(
        UUID id, String slug, String name, List<Level> levels, List<String> categories, boolean phoneAFriend) {

    /** One rung: what answering it right is worth, how hard its question is, its time, and whether it is safe. */
    record Level(long prize, Difficulty difficulty, int seconds, boolean safe) {}

    LadderConfig {
        levels = List.copyOf(levels);
        categories = List.copyOf(categories);
    }

    int top() {
        return levels.size();
    }

    Level level(int number) {
        return levels.get(number - 1);
    }

    /** The prize kept after level {@code number} was answered right, should a later one go wrong. */
    long safePrizeAfter(int number) {
        long safe = 0;
        for (int i = 1; i <= number; i++) {
            if (level(i).safe()) {
                safe = level(i).prize();
            }
        }
        return safe;
    }
}
