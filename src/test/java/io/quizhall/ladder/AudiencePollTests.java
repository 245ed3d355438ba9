package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audience's percentages always add up to 100, follow the counts, and favour the right option in estimates. */
class AudiencePollTests {

    private static List<UUID> options(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    @Test
    void sharesOfRecordedAnswersAddUpToExactly100() {
        var random = new Random(20);
        for (int round = 0; round < 2_000; round++) {
            Map<UUID, Long> counts = new LinkedHashMap<>();
            for (UUID id : options(2 + random.nextInt(3))) {
                counts.put(id, (long) random.nextInt(50));
            }
            counts.put(UUID.randomUUID(), 1L);

            Map<UUID, Integer> shares = AudiencePoll.fromCounts(counts);

            assertThat(shares.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(100);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            counts.forEach((id, count) ->
                    assertThat(Math.abs(shares.get(id) - 100.0 * count / total)).isLessThan(1.0));
        }
    }

    @Test
    void thirdsRoundToTheEarlierOptionsAndNoAnswersGiveZeros() {
        var ids = options(3);
        Map<UUID, Long> thirds = new LinkedHashMap<>();
        ids.forEach(id -> thirds.put(id, 1L));
        assertThat(AudiencePoll.fromCounts(thirds).values()).containsExactly(34, 33, 33);

        Map<UUID, Long> none = new LinkedHashMap<>();
        ids.forEach(id -> none.put(id, 0L));
        assertThat(AudiencePoll.fromCounts(none).values()).containsExactly(0, 0, 0);
    }

    @Test
    void anEstimateAddsUpTo100AndGivesTheRightOptionTheMostAtEasyLevels() {
        var random = new Random(7);
        for (int round = 0; round < 500; round++) {
            var ids = options(round % 2 == 0 ? 4 : 2);
            UUID right = ids.get(random.nextInt(ids.size()));

            Map<UUID, Integer> easy = AudiencePoll.estimate(right, ids, Difficulty.EASY, random);
            Map<UUID, Integer> hard = AudiencePoll.estimate(right, ids, Difficulty.HARD, random);

            assertThat(easy.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
            assertThat(hard.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
            assertThat(easy.keySet()).containsExactlyElementsOf(ids);
            assertThat(easy.get(right)).isBetween(57, 73);
            assertThat(hard.get(right)).isBetween(ids.size() == 2 ? 51 : 30, ids.size() == 2 ? 51 : 46);
            easy.forEach((id, share) -> {
                if (!id.equals(right)) {
                    assertThat(share).isLessThan(easy.get(right));
                }
            });
        }
    }

    @Test
    void runCodesUseEightCharactersWithoutLookAlikes() {
        var codes = new RunCodes();
        for (int i = 0; i < 1_000; i++) {
            assertThat(codes.next()).matches("[2-9A-HJKMNP-Z]{8}").doesNotContain("0", "O", "1", "I", "L");
        }
        assertThat(RunCodes.normalise(" ab2c3d4e ")).isEqualTo("AB2C3D4E");
    }
}
