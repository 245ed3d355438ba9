package io.quizhall.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.quiz.Question;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: the figures for docs/performance.md ("Result exports"). Writes the workbook of a game of 5,000
 * players × 50 questions (250,000 answers) and prints time and peak heap. Run with
 * {@code ./mvnw -o test -Dtest=ResultExportBenchmark -Dquizhall.benchmark=true -DargLine=-Xmx150m}.
 */
@EnabledIfSystemProperty(named = "quizhall.benchmark", matches = "true")
class ResultExportBenchmark {

    @Test
    void exportsAGameOf5000PlayersAnd50Questions() throws Exception {
        int playerCount = 5000;
        int questionCount = 50;
        List<Question> questions = new ArrayList<>();
        for (int q = 0; q < questionCount; q++) {
            questions.add(new Question.Abcd(
                    "Question number " + q + "?",
                    20,
                    null,
                    false,
                    List.of(
                            new Question.Choice("Right " + q, true, null),
                            new Question.Choice("Wrong A", false, null),
                            new Question.Choice("Wrong B", false, null),
                            new Question.Choice("Wrong C", false, null))));
        }
        List<PlayerData> players = new ArrayList<>();
        List<AnswerData> answers = new ArrayList<>(playerCount * questionCount);
        for (int p = 0; p < playerCount; p++) {
            UUID id = UUID.randomUUID();
            String nickname = "Player " + p;
            players.add(new PlayerData(id, nickname, "S-" + p, 1000 * (p % 50), 1 + p));
            for (int q = 0; q < questionCount; q++) {
                int option = (p + q) % 4;
                answers.add(new AnswerData(
                        q,
                        id,
                        nickname,
                        option == 0 ? "Right " + q : "Wrong " + "ABC".charAt(option - 1),
                        List.of(option),
                        null,
                        null,
                        option == 0,
                        1000 + (p * 7 + q) % 19000,
                        option == 0 ? 900 : 0));
            }
        }
        var result = new ResultDetails(
                UUID.randomUUID(),
                null,
                "Benchmark",
                "",
                Instant.now(),
                playerCount,
                null,
                "classic",
                questions,
                players,
                answers,
                java.util.Map.of(),
                "Student number",
                null,
                null);
        System.gc();
        resetPeaks();
        var out = new CountingStream();
        long start = System.nanoTime();
        ResultSpreadsheets.xlsx(result, out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = peakHeap();
        System.out.printf(
                "xlsx export: %d players x %d questions = %d answers, %d bytes in %d ms, peak heap %d MB (max %d MB)%n",
                playerCount,
                questionCount,
                answers.size(),
                out.count,
                millis,
                peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        assertThat(out.count).isGreaterThan(1_000_000);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
