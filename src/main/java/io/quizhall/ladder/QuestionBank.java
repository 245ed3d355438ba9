package io.quizhall.ladder;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The question bank's rows: adding questions (duplicates skipped by the database), reading one, categories. */
@Component
class QuestionBank {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    QuestionBank(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who added a question and how it enters the bank. */
    record Origin(String source, String status, @Nullable UUID authorId, String authorName) {}

    /**
     * Adds a question in the caller's transaction; empty if the bank already has one with the same text (the
     * unique index decides, so two concurrent imports of the same question add it once). Categories must exist.
     */
    Optional<UUID> add(NewQuestion question, Origin origin, Instant now) {
        return add(question, origin, now, null);
    }

    /** As {@link #add(NewQuestion, Origin, Instant)} with a fixed id (the starter bank's stable ids). */
    Optional<UUID> add(NewQuestion question, Origin origin, Instant now, @Nullable UUID fixedId) {
        UUID id = fixedId != null ? fixedId : UUID.randomUUID();
        int added = jdbc.sql("""
                        INSERT INTO ladder_questions
                            (id, kind, difficulty, text, text_key, status, source, author_id, author_name, created_at,
                             reviewed_at)
                        VALUES (:id, :kind, :difficulty, :text, :key, :status, :source, :author, :authorName, :now,
                                CASE WHEN :status = 'APPROVED' THEN CAST(:now AS timestamptz) END)
                        ON CONFLICT DO NOTHING""")
                .param("id", id)
                .param("kind", question.kind().name())
                .param("difficulty", question.difficulty().name())
                .param("text", question.text())
                .param("key", question.textKey())
                .param("status", origin.status())
                .param("source", origin.source())
                .param("author", origin.authorId())
                .param("authorName", origin.authorName())
                .param("now", java.sql.Timestamp.from(now))
                .update();
        if (added == 0) {
            return Optional.empty();
        }
        List<Integer> positions = new ArrayList<>(
                List.of(0, 1, 2, 3).subList(0, question.options().size()));
        if (question.kind() == QuestionKind.MULTIPLE) {
            // The right option must not sit at a predictable place.
            Collections.shuffle(positions, RANDOM);
        }
        for (int i = 0; i < question.options().size(); i++) {
            jdbc.sql("INSERT INTO ladder_options (id, question_id, position, text, correct) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            // Random, never derived from the question: an option's id must not tell whether it is
                            // right.
                            UUID.randomUUID(),
                            id,
                            positions.get(i),
                            question.options().get(i),
                            i == question.right())
                    .update();
        }
        for (String category : question.categories()) {
            jdbc.sql("""
                            INSERT INTO ladder_question_categories (question_id, category_id)
                            SELECT ?, id FROM ladder_categories WHERE slug = ?""").params(id, category).update();
        }
        return Optional.of(id);
    }

    Optional<BankQuestion> find(UUID id) {
        var rows = jdbc.sql("""
                        SELECT q.id, q.kind, q.difficulty, q.text, q.status, q.source, q.author_name,
                               o.id AS option_id, o.text AS option_text, o.correct,
                               (SELECT string_agg(c.slug, ',' ORDER BY c.slug)
                                  FROM ladder_question_categories qc JOIN ladder_categories c ON c.id = qc.category_id
                                 WHERE qc.question_id = q.id) AS categories
                        FROM ladder_questions q JOIN ladder_options o ON o.question_id = q.id
                        WHERE q.id = ?
                        ORDER BY o.position""").param(id).query().listOfRows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var first = rows.get(0);
        List<BankQuestion.Option> options = rows.stream()
                .map(row -> new BankQuestion.Option(
                        (UUID) row.get("option_id"), (String) row.get("option_text"), (Boolean) row.get("correct")))
                .toList();
        String categories = (String) first.get("categories");
        return Optional.of(new BankQuestion(
                (UUID) first.get("id"),
                QuestionKind.valueOf((String) first.get("kind")),
                Difficulty.valueOf((String) first.get("difficulty")),
                (String) first.get("text"),
                options,
                categories == null ? List.of() : List.of(categories.split(",")),
                (String) first.get("status"),
                (String) first.get("source"),
                (String) first.get("author_name")));
    }

    BankQuestion get(UUID id) {
        return find(id).orElseThrow(() -> io.quizhall.shared.NotFoundException.forId("question", id));
    }

    /** Category slugs and names, with how many approved questions each has. */
    List<Map<String, Object>> categories() {
        return jdbc.sql("""
                        SELECT c.slug, c.name, count(q.id) AS questions
                        FROM ladder_categories c
                        LEFT JOIN ladder_question_categories qc ON qc.category_id = c.id
                        LEFT JOIN ladder_questions q ON q.id = qc.question_id AND q.status = 'APPROVED'
                        GROUP BY c.slug, c.name ORDER BY c.name""").query().listOfRows();
    }

    Set<String> categorySlugs() {
        return Set.copyOf(jdbc.sql("SELECT slug FROM ladder_categories")
                .query(String.class)
                .list());
    }

    /** Makes sure a category exists (imports bring their own); returns its slug. */
    String ensureCategory(String slug, String name) {
        jdbc.sql("INSERT INTO ladder_categories (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING")
                .params(slug, name)
                .update();
        return slug;
    }

    /** How many approved questions each difficulty has. */
    Map<String, Long> approvedByDifficulty() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT difficulty, count(*) AS n FROM ladder_questions WHERE status = 'APPROVED' GROUP BY 1")
                .query()
                .listOfRows()
                .forEach(row -> counts.put((String) row.get("difficulty"), ((Number) row.get("n")).longValue()));
        return counts;
    }
}
