package io.quizhall.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A first load run, not part of the default build: N real STOMP players in one game, one host, Q questions, every
 * player answering at a random moment within S seconds. Records question delivery (host "next" → each player
 * has the question) and answer acknowledgement (send → ack) with HdrHistogram, prints a table and writes JSON to
 * target/load/first-run.json. Run: {@code ./mvnw test -Dgroups=load -Dtest.excludedGroups= -Dtest=FirstLoadRunTests
 * -Dload.players=500}.
 */
@Tag("load")
@IntegrationTest
class FirstLoadRunTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void playersAnswerWithinTheSpread() throws Exception {
        int players = Integer.getInteger("load.players", 500);
        int questions = Integer.getInteger("load.questions", 3);
        int spreadMillis = Integer.getInteger("load.spreadMillis", 2000);

        var game = io.quizhall.game.LoadSupport.host(accounts, jdbc, api.baseUrl(), questions);
        var tokens = new ArrayList<String>();
        long joinStart = System.nanoTime();
        for (int i = 0; i < players; i++) {
            tokens.add(io.quizhall.game.LoadSupport.join(api, game.pin(), "player" + i));
        }
        long joinMillis = (System.nanoTime() - joinStart) / 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(32);
        var clients = new ArrayList<StompClient>();
        try {
            List<Future<StompClient>> connecting = new ArrayList<>();
            for (String token : tokens) {
                connecting.add(pool.submit(() -> {
                    var client = StompClient.player(api.baseUrl(), token);
                    client.subscribe("/topic/games." + game.gameId() + ".question");
                    client.subscribe("/user/queue/ack");
                    client.subscribe("/user/queue/errors");
                    client.sync(game.gameId());
                    return client;
                }));
            }
            for (var future : connecting) {
                clients.add(future.get());
            }
            var delivery = new Histogram(60_000_000L, 3);
            var acks = new Histogram(60_000_000L, 3);
            var random = new Random(1);
            int errors = 0;
            for (int question = 0; question < questions; question++) {
                long opened = System.nanoTime();
                io.quizhall.game.LoadSupport.next(game);
                List<Future<?>> waits = new ArrayList<>();
                var received = new ConcurrentHashMap<StompClient, Long>();
                for (StompClient client : clients) {
                    waits.add(pool.submit(() -> {
                        client.next("/topic/games." + game.gameId() + ".question", Duration.ofSeconds(30));
                        received.put(client, System.nanoTime());
                        return null;
                    }));
                }
                for (var wait : waits) {
                    wait.get();
                }
                received.values().forEach(at -> delivery.recordValue(Math.max(0, (at - opened) / 1000)));
                int index = question;
                List<Future<Long>> answered = new ArrayList<>();
                for (StompClient client : clients) {
                    long delay = random.nextInt(spreadMillis);
                    answered.add(timer.schedule(
                            () -> {
                                long sent = System.nanoTime();
                                client.send(
                                        "/app/games/" + game.gameId() + "/answer",
                                        "{\"question\": %d, \"answer\": 0}".formatted(index));
                                client.next("/user/queue/ack", Duration.ofSeconds(30));
                                return (System.nanoTime() - sent) / 1000;
                            },
                            delay,
                            TimeUnit.MILLISECONDS));
                }
                for (var future : answered) {
                    acks.recordValue(future.get());
                }
                errors += clients.stream()
                        .mapToInt(client -> (int) client.frames().stream()
                                .filter(frame -> frame.destination().equals("/user/queue/errors"))
                                .count())
                        .sum();
                io.quizhall.game.LoadSupport.awaitClosed(game, index);
            }
            var run = new Run(
                    players, questions, spreadMillis, joinMillis, Figures.of(delivery), Figures.of(acks), errors);
            System.out.println(run.table());
            Path out = Path.of("target/load/first-run.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JsonMapper.builder().build().writeValueAsString(run));
            assertThat(errors).isZero();
            assertThat(acks.getTotalCount()).isEqualTo((long) players * questions);
        } finally {
            clients.forEach(StompClient::close);
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    /** Latency percentiles in microseconds. */
    record Figures(long p50, long p90, long p99, long max) {
        static Figures of(Histogram histogram) {
            return new Figures(
                    histogram.getValueAtPercentile(50),
                    histogram.getValueAtPercentile(90),
                    histogram.getValueAtPercentile(99),
                    histogram.getMaxValue());
        }

        String line() {
            return "p50 %d  p90 %d  p99 %d  max %d".formatted(p50, p90, p99, max);
        }
    }

    record Run(
            int players,
            int questions,
            int spreadMillis,
            long joinMillis,
            Figures deliveryMicros,
            Figures ackMicros,
            int errors) {
        String table() {
            return "players %d, questions %d, spread %d ms, joins %d ms in all%n"
                            .formatted(players, questions, spreadMillis, joinMillis)
                    + "question delivery (µs): " + deliveryMicros.line() + "%n".formatted()
                    + "answer ack        (µs): " + ackMicros.line() + "%n".formatted()
                    + "errors " + errors;
        }
    }
}
