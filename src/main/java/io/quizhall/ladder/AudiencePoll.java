package io.quizhall.ladder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The "ask the audience" percentages. From recorded answers: each option's share of the answers, rounded by the
 * largest-remainder method so they add up to exactly 100. Without enough answers: an estimate that gives the right
 * option a share that falls with the difficulty (about 65 % EASY, 50 % MEDIUM, 38 % HARD, give or take 8) and
 * spreads the rest at random, also adding up to 100.
 */
final class AudiencePoll {

    private AudiencePoll() {}

    /** Percentages in the order of {@code counts} (option id → answers); all zero answers gives all zeros. */
    static Map<UUID, Integer> fromCounts(Map<UUID, Long> counts) {
        return share(counts, 100);
    }

    /** Splits {@code points} in proportion to {@code weights}, by largest remainder (ties to the earlier one). */
    static Map<UUID, Integer> share(Map<UUID, Long> weights, int points) {
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        Map<UUID, Integer> result = new LinkedHashMap<>();
        if (total == 0) {
            weights.keySet().forEach(id -> result.put(id, 0));
            return result;
        }
        List<UUID> ids = new ArrayList<>(weights.keySet());
        int[] floors = new int[ids.size()];
        long[] remainders = new long[ids.size()];
        int sum = 0;
        for (int i = 0; i < ids.size(); i++) {
            long scaled = weights.get(ids.get(i)) * points;
            floors[i] = (int) (scaled / total);
            remainders[i] = scaled % total;
            sum += floors[i];
        }
        for (int left = points - sum; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < ids.size(); i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            floors[best]++;
            remainders[best] = -1;
        }
        for (int i = 0; i < ids.size(); i++) {
            result.put(ids.get(i), floors[i]);
        }
        return result;
    }

    /** An estimate over {@code options} (in display order) of which {@code right} is one. */
    static Map<UUID, Integer> estimate(UUID right, List<UUID> options, Difficulty difficulty, RandomGenerator random) {
        int base = switch (difficulty) {
            case EASY -> 65;
            case MEDIUM -> 50;
            case HARD -> 38;
            case UNASSIGNED -> 50;
        };
        int others = options.size() - 1;
        int rightShare =
                others == 0 ? 100 : Math.min(100, Math.max(100 / options.size() + 1, base + random.nextInt(-8, 9)));
        Map<UUID, Long> weights = new LinkedHashMap<>();
        for (UUID option : options) {
            weights.put(option, option.equals(right) ? 0L : 1L + random.nextInt(100));
        }
        long weightSum = weights.values().stream().mapToLong(Long::longValue).sum();
        Map<UUID, Integer> rest = weightSum == 0 ? Map.of() : share(weights, 100 - rightShare);
        Map<UUID, Integer> result = new LinkedHashMap<>();
        for (UUID option : options) {
            result.put(option, option.equals(right) ? rightShare : rest.getOrDefault(option, 0));
        }
        return result;
    }
}
