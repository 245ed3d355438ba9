package io.quizhall.results;

import io.quizhall.game.GameFinished;
import io.quizhall.game.GameFixtures;
import io.quizhall.support.Rows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finished games as the game module reports them ({@link GameFinished}), kept through the results feature's own
 * recorder, so that tests of reports start from the same rows a played game leaves.
 */
public final class ResultFixtures {

    private ResultFixtures() {}

    /** A game of {@link GameFixtures#everyKind()} with Ada (1st), Cy (2nd) and Bob (3rd); see {@link #answers}. */
    public record Played(UUID gameId, UUID quizId, UUID ada, UUID bob, UUID cy) {}

    public static Played keep(
            GameResultService results, JdbcTemplate jdbc, UUID host, String title, Instant finishedAt) {
        return keep(results, host, Rows.quiz(jdbc, host), title, finishedAt);
    }

    public static Played keep(GameResultService results, UUID host, UUID quizId, String title, Instant finishedAt) {
        var played = new Played(UUID.randomUUID(), quizId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        results.recordOnce(new GameFinished(
                played.gameId(),
                quizId,
                host,
                "classic",
                finishedAt.truncatedTo(ChronoUnit.MICROS),
                title,
                "For tests",
                GameFixtures.everyKind(),
                "Student number",
                List.of(
                        new GameFinished.Player(played.ada(), "Ada", "S-2", 4760, 1),
                        new GameFinished.Player(played.cy(), "Cy", "S-3", 2725, 2),
                        new GameFinished.Player(played.bob(), "Bob", "S-1", 0, 3)),
                answers(played),
                List.of()));
        return played;
    }

    /**
     * ABCD: Ada and Cy right; CHECK: Ada right, Bob wrong, Cy silent; RANGE: Ada and Cy right; VOTING: one for
     * Space, two for Oceans; ORDER: Ada and Cy right; TEXT: only Ada right. Hardest first: TEXT (33 %), CHECK
     * (50 %), then ABCD, RANGE, ORDER (67 % each) by index.
     */
    static List<GameFinished.Answer> answers(Played p) {
        return List.of(
                answer(p.ada(), "Ada", 0, List.of(0), null, null, true, 2000, 950),
                answer(p.bob(), "Bob", 0, List.of(1), null, null, false, 3000, 0),
                answer(p.cy(), "Cy", 0, List.of(0), null, null, true, 4000, 900),
                answer(p.ada(), "Ada", 1, List.of(0, 2), null, null, true, 2000, 950),
                answer(p.bob(), "Bob", 1, List.of(0), null, null, false, 2500, 0),
                answer(p.ada(), "Ada", 2, List.of(), "1989", null, true, 1500, 960),
                answer(p.bob(), "Bob", 2, List.of(), "1995", null, false, 2000, 0),
                answer(p.cy(), "Cy", 2, List.of(), "1989", null, true, 3000, 925),
                answer(p.ada(), "Ada", 3, List.of(0), null, null, false, 1000, 0),
                answer(p.bob(), "Bob", 3, List.of(1), null, null, false, 1200, 0),
                answer(p.cy(), "Cy", 3, List.of(1), null, null, false, 1400, 0),
                answer(p.ada(), "Ada", 4, List.of(0, 1, 2), null, null, true, 2000, 950),
                answer(p.bob(), "Bob", 4, List.of(2, 1, 0), null, null, false, 2000, 0),
                answer(p.cy(), "Cy", 4, List.of(0, 1, 2), null, null, true, 4000, 900),
                answer(p.ada(), "Ada", 5, List.of(), null, "Aurum-secret", true, 2000, 950),
                answer(p.bob(), "Bob", 5, List.of(), null, "aurum-secret", false, 2000, 0),
                answer(p.cy(), "Cy", 5, List.of(), null, "=HYPERLINK(\"http://x\")", false, 4000, 0));
    }

    private static GameFinished.Answer answer(
            UUID player,
            String nickname,
            int question,
            List<Integer> options,
            @Nullable String value,
            @Nullable String text,
            boolean right,
            long elapsedMs,
            int points) {
        return new GameFinished.Answer(
                player, nickname, false, question, options, value, text, right, elapsedMs, points);
    }
}
