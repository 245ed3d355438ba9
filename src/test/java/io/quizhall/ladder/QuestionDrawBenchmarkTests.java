package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long drawing a ladder question takes from a bank of 100,000 (docs/performance.md, "Drawing a ladder
 * question"). Not part of the default build (it fills the test database). Run: {@code ./mvnw test -Dgroups=load
 * -Dtest.excludedGroups= -Dtest=QuestionDrawBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("load")
@IntegrationTest
class QuestionDrawBenchmarkTests {

    private static final int BANK = Integer.getInteger("ladder.bank", 100_000);
    private static final int DRAWS = Integer.getInteger("ladder.draws", 2_000);

    @Autowired
    QuestionDraw draw;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void drawsFromAHundredThousandQuestionsWithinFiveMillisecondsAtP95() throws Exception {
        fillBank();
        UUID fresh = accounts.newUser().user().id();
        UUID seasoned = accounts.newUser().user().id();
        int seen = giveHistory(seasoned, 3_000);

        StringBuilder report = new StringBuilder();
        double worstP95 = 0;
        for (var scenario : List.of(
                new Scenario("new player, all categories", fresh, List.of()),
                new Scenario("player who saw " + seen + " questions, all categories", seasoned, List.of()),
                new Scenario("new player, one category of nine", fresh, List.of("history")),
                new Scenario("player who saw " + seen + " questions, one category", seasoned, List.of("history")))) {
            double[] millis = measure(scenario);
            double p95 = percentile(millis, 95);
            worstP95 = Math.max(worstP95, p95);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f |%n",
                    scenario.name(),
                    percentile(millis, 50),
                    p95,
                    percentile(millis, 99),
                    millis[millis.length - 1]));
        }
        String table = "| scenario | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|\n" + report;
        System.out.println(table);
        Path out = Path.of("target/load/ladder-draw.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(worstP95).isLessThan(5.0);
    }

    private record Scenario(String name, UUID player, List<String> categories) {}

    private double[] measure(Scenario scenario) {
        UUID run = UUID.randomUUID();
        for (int i = 0; i < 200; i++) {
            draw.draw(scenario.player(), run, Difficulty.values()[i % 3], scenario.categories());
        }
        double[] millis = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            long start = System.nanoTime();
            var drawn = draw.draw(scenario.player(), run, Difficulty.values()[i % 3], scenario.categories());
            millis[i] = (System.nanoTime() - start) / 1e6;
            assertThat(drawn).isPresent();
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** 100,000 approved questions with four options each, spread over the nine categories and three levels. */
    private void fillBank() {
        jdbc.sql("""
                        INSERT INTO ladder_questions (id, kind, difficulty, text, text_key, status, source, author_name)
                        SELECT gen_random_uuid(), 'MULTIPLE', (ARRAY['EASY', 'MEDIUM', 'HARD'])[1 + g % 3],
                               'Benchmark question ' || g || '?', md5('bench' || g) || md5('mark' || g),
                               'APPROVED', 'OPENTDB', 'benchmark'
                        FROM generate_series(1, ?) g""").param(BANK).update();
        jdbc.sql("""
                        INSERT INTO ladder_options (question_id, position, text, correct)
                        SELECT q.id, p, 'Option ' || p, p = 0
                        FROM ladder_questions q CROSS JOIN generate_series(0, 3) p
                        WHERE q.author_name = 'benchmark'""").update();
        jdbc.sql("""
                        INSERT INTO ladder_question_categories (question_id, category_id)
                        SELECT q.id, c.id FROM ladder_questions q
                        JOIN ladder_categories c ON c.slug = (ARRAY['general-knowledge', 'geography', 'science',
                            'history', 'arts-literature', 'sports', 'nature', 'music', 'technology'])
                            [1 + abs(hashtext(q.text)) % 9]
                        WHERE q.author_name = 'benchmark'""").update();
        jdbc.sql("ANALYZE").update();
    }

    /** Finished runs in which the player was asked {@code count} of the bank's questions. */
    private int giveHistory(UUID player, int count) {
        UUID ladder = jdbc.sql("SELECT id FROM ladders WHERE is_default")
                .query(UUID.class)
                .single();
        UUID run = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ladder_runs (id, code, ladder_id, user_id, player_name, status, level, final_prize,
                                                 started_at, finished_at, duration_ms)
                        VALUES (?, 'BENCH234', ?, ?, 'benchmark', 'WRONG', 1, 0, now(), now(), 0)""").params(run, ladder, player).update();
        return jdbc.sql("""
                        INSERT INTO ladder_run_steps (run_id, user_id, level, question_id, asked_at, deadline, outcome)
                        SELECT ?, ?, row_number() OVER (), id, now() - interval '1 day', now(), 'WRONG'
                        FROM (SELECT id FROM ladder_questions WHERE author_name = 'benchmark'
                              ORDER BY random() LIMIT ?) picked""").params(run, player, count).update();
    }
}
