package io.quizhall.ladder;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Draws a run's next question without loading the bank: every approved question has a random key in [0, 1), and
 * the draw walks the (difficulty, random_key) index up from a fresh random point to the first question that fits
 * (allowed category, never asked to this player), wrapping round to the start once. Only when the player has seen
 * every fitting question does it fall back to the one they saw longest ago, outside this run. docs/ladder.md and
 * docs/performance.md ("Drawing a ladder question") explain and measure it.
 */
@Component
class QuestionDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Two spellings, with and without a category filter, rather than one with "no filter OR ...": the driver
     * prepares statements on the server, and a generic plan for the OR would have to suit both cases.
     */
    private static final String ANY_CATEGORY = """
            q.status = 'APPROVED' AND q.difficulty = :difficulty
            """;

    /** The category ids are looked up once per query (an InitPlan); each candidate is one probe of the key. */
    private static final String SOME_CATEGORIES = ANY_CATEGORY + """
            AND EXISTS (SELECT 1 FROM ladder_question_categories qc
                WHERE qc.question_id = q.id AND qc.category_id = ANY (ARRAY(
                    SELECT c.id FROM ladder_categories c WHERE c.slug = ANY (string_to_array(:categories, ',')))))
            """;

    private static final String UNSEEN = """
            AND NOT EXISTS (SELECT 1 FROM ladder_run_steps s WHERE s.user_id = :user AND s.question_id = q.id)
            AND NOT EXISTS (SELECT 1 FROM ladder_run_steps s WHERE s.run_id = :run AND s.question_id = q.id)
            """;

    private final JdbcClient jdbc;

    QuestionDraw(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> draw(UUID userId, UUID runId, Difficulty difficulty, List<String> categories) {
        double start = RANDOM.nextDouble();
        String allowed = String.join(",", categories);
        Optional<UUID> above = unseen(userId, runId, difficulty, allowed, "q.random_key >= :start", start);
        if (above.isPresent()) {
            return above;
        }
        Optional<UUID> below = unseen(userId, runId, difficulty, allowed, "q.random_key < :start", start);
        if (below.isPresent()) {
            return below;
        }
        return leastRecentlyAsked(userId, runId, difficulty, allowed);
    }

    /**
     * Up to {@code count} different four-option questions of a difficulty, for a hot-seat round: the same walk of
     * the index from a random point, taking a run of neighbours (the keys are random, so neighbours are a random
     * sample), wrapping round to the start when the walk reaches the end.
     */
    List<UUID> sample(Difficulty difficulty, List<String> categories, int count) {
        double start = RANDOM.nextDouble();
        String allowed = String.join(",", categories);
        var ids = new java.util.ArrayList<>(multiple(difficulty, allowed, "q.random_key >= :start", start, count));
        if (ids.size() < count) {
            multiple(difficulty, allowed, "q.random_key < :start", start, count - ids.size()).stream()
                    .filter(id -> !ids.contains(id))
                    .forEach(ids::add);
        }
        return ids;
    }

    private List<UUID> multiple(Difficulty difficulty, String categories, String side, double start, int count) {
        var query = jdbc.sql("SELECT q.id FROM ladder_questions q WHERE " + fits(categories)
                        + " AND q.kind = 'MULTIPLE' AND " + side + " ORDER BY q.random_key LIMIT :count")
                .param("difficulty", difficulty.name());
        if (!categories.isEmpty()) {
            query = query.param("categories", categories);
        }
        return query.param("start", start)
                .param("count", count)
                .query(UUID.class)
                .list();
    }

    private static String fits(String categories) {
        return categories.isEmpty() ? ANY_CATEGORY : SOME_CATEGORIES;
    }

    private Optional<UUID> unseen(
            UUID userId, UUID runId, Difficulty difficulty, String categories, String side, double start) {
        var query = jdbc.sql("SELECT q.id FROM ladder_questions q WHERE " + fits(categories) + UNSEEN + " AND " + side
                        + " ORDER BY q.random_key LIMIT 1")
                .param("difficulty", difficulty.name());
        if (!categories.isEmpty()) {
            query = query.param("categories", categories);
        }
        return query.param("user", userId)
                .param("run", runId)
                .param("start", start)
                .query(UUID.class)
                .optional();
    }

    /** Bounded by the player's own history: they have seen every fitting question, so there are few enough. */
    private Optional<UUID> leastRecentlyAsked(UUID userId, UUID runId, Difficulty difficulty, String categories) {
        var query = jdbc.sql("SELECT s.question_id FROM ladder_run_steps s"
                        + " JOIN ladder_questions q ON q.id = s.question_id"
                        + " WHERE s.user_id = :user AND " + fits(categories)
                        + " GROUP BY s.question_id HAVING bool_and(s.run_id <> :run)"
                        + " ORDER BY max(s.asked_at), s.question_id LIMIT 1")
                .param("difficulty", difficulty.name());
        if (!categories.isEmpty()) {
            query = query.param("categories", categories);
        }
        return query.param("user", userId).param("run", runId).query(UUID.class).optional();
    }
}
