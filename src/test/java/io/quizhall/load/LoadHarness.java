package io.quizhall.load;

import io.quizhall.support.Api;
import io.quizhall.support.Session;
import io.quizhall.support.StompClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load harness: N real WebSocket STOMP players and one host play Q questions through the public API, every
 * player answering within a spread of S ms. It records join time, question delivery (host "next" → each player
 * has the question), answer acknowledgement (send → ack), leaderboard delivery, errors and lost messages, and the
 * server's CPU and heap (from its Prometheus endpoint), prints a table and writes JSON.
 *
 * <pre>
 * ./mvnw -q -DskipTests package   # the server jar, when the harness starts the server itself
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.quizhall.load.LoadHarness \
 *     -Dexec.args="--players 2000 --questions 3 --spread 2000 --server-cpus 0 --repeat 3"
 * # or against a running server:   -Dexec.args="--url http://localhost:8080 --players 500"
 * </pre>
 *
 * Run the harness itself on other cores than the server: {@code taskset -c 1 ./mvnw ... exec:java ...}. A server it
 * starts gets {@code --server-cpus} through {@code taskset}, its own data directory and raised join limits.
 */
public final class LoadHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The host account; a server the harness starts makes it an administrator, so it may read the metrics. */
    private static final String HOST = "loadhost";

    record Options(
            String url,
            int players,
            int questions,
            int spreadMillis,
            String serverCpus,
            int repeat,
            boolean warmup,
            List<String> serverJvm,
            List<String> serverArgs) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Options(
                    values.getOrDefault("url", ""),
                    Integer.parseInt(values.getOrDefault("players", "500")),
                    Integer.parseInt(values.getOrDefault("questions", "3")),
                    Integer.parseInt(values.getOrDefault("spread", "2000")),
                    values.getOrDefault("server-cpus", ""),
                    Integer.parseInt(values.getOrDefault("repeat", "1")),
                    Boolean.parseBoolean(values.getOrDefault("warmup", "true")),
                    words(values.getOrDefault("server-jvm", "")),
                    words(values.getOrDefault("server-args", "")));
        }

        private static List<String> words(String text) {
            return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
        }
    }

    record Figures(long p50, long p90, long p99, long max, long count) {
        static Figures of(Histogram histogram) {
            return new Figures(
                    histogram.getValueAtPercentile(50),
                    histogram.getValueAtPercentile(90),
                    histogram.getValueAtPercentile(99),
                    histogram.getMaxValue(),
                    histogram.getTotalCount());
        }

        String millis() {
            return "p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms (n=%d)"
                    .formatted(p50 / 1000.0, p90 / 1000.0, p99 / 1000.0, max / 1000.0, count);
        }
    }

    record Result(
            int players,
            int questions,
            int spreadMillis,
            Figures joinMicros,
            Figures deliveryMicros,
            Figures ackMicros,
            Figures leaderboardMicros,
            int errors,
            int lost,
            int recordedAnswers,
            double serverCpuMax,
            long serverHeapBytesMax) {

        String table() {
            return String.join(
                    "\n",
                    "players %d, questions %d, spread %d ms".formatted(players, questions, spreadMillis),
                    "join               " + joinMicros.millis(),
                    "question delivery  " + deliveryMicros.millis(),
                    "answer ack         " + ackMicros.millis(),
                    "leaderboard        " + leaderboardMicros.millis(),
                    "errors %d, lost %d, recorded answers %d of %d"
                            .formatted(errors, lost, recordedAnswers, players * questions),
                    "server cpu max %.0f %%, heap max %d MB (%.1f KB per player)"
                            .formatted(
                                    serverCpuMax * 100,
                                    serverHeapBytesMax / 1_000_000,
                                    serverHeapBytesMax / 1000.0 / Math.max(1, players)));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Process server = null;
        String url = options.url();
        try {
            if (url.isEmpty()) {
                int port = freePort();
                server = startServer(port, options);
                url = "http://localhost:" + port;
                awaitUp(url);
            }
            if (options.warmup()) {
                // Large enough for the JIT to compile the hot paths before the measured runs.
                int warmupPlayers = Math.min(1000, options.players());
                System.out.println("warm-up game with " + warmupPlayers + " players ...");
                run(url, signInHost(url), warmupPlayers, 3, options.spreadMillis());
            }
            var results = new ArrayList<Result>();
            for (int i = 0; i < options.repeat(); i++) {
                Result result =
                        run(url, signInHost(url), options.players(), options.questions(), options.spreadMillis());
                System.out.println("\n--- run " + (i + 1) + " ---\n" + result.table());
                results.add(result);
            }
            Path out = Path.of("target/load/harness-" + Instant.now().toString().replace(':', '-') + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            System.out.println("\nwritten " + out);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        }
        System.exit(0);
    }

    /** Registers (once) and signs in the harness's host account on a server without SMTP. */
    static Session signInHost(String url) {
        var host = new Session(url);
        var registered = host.post("/api/v1/auth/register", """
                {"email": "%s@example.org", "username": "%s", "password": "correct horse battery staple"}""".formatted(HOST, HOST));
        if (registered.status() != 201 && registered.status() != 409) {
            throw new IllegalStateException("Cannot register the host: " + registered.body());
        }
        check(host.post("/api/v1/auth/login", """
                {"login": "%s", "password": "correct horse battery staple"}""".formatted(HOST)), 200);
        return host;
    }

    /** One game; {@code host} must be signed in (as an administrator, for the server metrics). */
    static Result run(String url, Session host, int players, int questions, int spreadMillis) throws Exception {
        var questionList = new ArrayList<String>();
        for (int i = 0; i < questions; i++) {
            questionList.add("""
                    {"type": "ABCD", "question": "Question %d", "time": 60, "hideResults": false,
                     "answers": [{"answer": "right", "right": true}, {"answer": "wrong", "right": false}]}""".formatted(i));
        }
        var quiz = check(host.post("/api/v1/quizzes", """
                {"title": "Load", "description": "", "questions": [%s]}""".formatted(String.join(",", questionList))), 201);
        var game = check(
                        host.post(
                                "/api/v1/games",
                                "{\"quizId\": \"%s\"}"
                                        .formatted(quiz.json().get("id").asString())),
                        201)
                .json();
        UUID gameId = UUID.fromString(game.get("gameId").asString());
        String pin = game.get("pin").asString();
        String topic = "/topic/games." + gameId + ".";
        var hostStomp = StompClient.host(url, host.cookie("qh_session").orElseThrow());
        hostStomp.subscribe(topic + "results");
        hostStomp.sync(gameId);

        ExecutorService pool = Executors.newFixedThreadPool(64);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(8);
        var clients = new ArrayList<StompClient>();
        var join = new Histogram(60_000_000L, 3);
        var delivery = new Histogram(60_000_000L, 3);
        var acks = new Histogram(60_000_000L, 3);
        var leaderboards = new Histogram(60_000_000L, 3);
        var lost = new AtomicInteger();
        double cpuMax = 0;
        long heapMax = 0;
        try {
            var api = new Api(url);
            List<Future<StompClient>> joining = new ArrayList<>();
            for (int i = 0; i < players; i++) {
                int number = i;
                joining.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    var joined = check(
                            api.post(
                                    "/api/v1/games/pin/" + pin + "/join",
                                    "application/json",
                                    "{\"nickname\": \"p%d\"}".formatted(number)),
                            201);
                    var client =
                            StompClient.player(url, joined.json().get("token").asString());
                    for (String name : List.of("question", "leaderboard")) {
                        client.subscribe(topic + name);
                    }
                    client.subscribe("/user/queue/ack");
                    client.subscribe("/user/queue/errors");
                    client.sync(gameId);
                    synchronized (join) {
                        join.recordValue((System.nanoTime() - start) / 1000);
                    }
                    return client;
                }));
            }
            for (var future : joining) {
                clients.add(future.get());
            }
            var random = new Random(7);
            for (int question = 0; question < questions; question++) {
                long opened = System.nanoTime();
                hostStomp.send("/app/games/" + gameId + "/host/next", "{}");
                awaitAll(clients, topic + "question", opened, delivery, lost);
                int index = question;
                long[] sent = new long[clients.size()];
                List<Future<?>> sending = new ArrayList<>();
                for (int i = 0; i < clients.size(); i++) {
                    int number = i;
                    sending.add(timer.schedule(
                            () -> {
                                sent[number] = System.nanoTime();
                                clients.get(number)
                                        .send(
                                                "/app/games/" + gameId + "/answer",
                                                "{\"question\": %d, \"answer\": 0}".formatted(index));
                            },
                            random.nextInt(spreadMillis),
                            TimeUnit.MILLISECONDS));
                }
                for (var future : sending) {
                    future.get();
                }
                for (int i = 0; i < clients.size(); i++) {
                    var ack = clients.get(i).poll("/user/queue/ack", Duration.ofSeconds(30));
                    if (ack == null) {
                        lost.incrementAndGet();
                    } else {
                        acks.recordValue(Math.max(0, (ack.receivedNanos() - sent[i]) / 1000));
                    }
                }
                hostStomp.next(topic + "results", Duration.ofSeconds(60));
                var metrics = serverMetrics(host);
                cpuMax = Math.max(cpuMax, metrics[0]);
                heapMax = Math.max(heapMax, (long) metrics[1]);
                long shown = System.nanoTime();
                hostStomp.send("/app/games/" + gameId + "/host/leaderboard", "{}");
                awaitAll(clients, topic + "leaderboard", shown, leaderboards, lost);
            }
            hostStomp.send("/app/games/" + gameId + "/host/end", "{}");
            int errors = clients.stream()
                    .mapToInt(client -> (int) client.frames().stream()
                            .filter(frame -> frame.destination().equals("/user/queue/errors")
                                    || frame.destination().equals("ERROR"))
                            .count())
                    .sum();
            int recorded = 0;
            for (int attempt = 0; attempt < 50 && recorded == 0; attempt++) {
                var result = host.get("/api/v1/results/" + gameId);
                if (result.status() == 200) {
                    recorded = result.json().get("answers").size();
                } else {
                    Thread.sleep(200);
                }
            }
            return new Result(
                    players,
                    questions,
                    spreadMillis,
                    Figures.of(join),
                    Figures.of(delivery),
                    Figures.of(acks),
                    Figures.of(leaderboards),
                    errors,
                    lost.get(),
                    recorded,
                    cpuMax,
                    heapMax);
        } finally {
            clients.forEach(StompClient::close);
            hostStomp.close();
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    /** Collects one frame per client; latency is from {@code since} to the frame's arrival, not to this poll. */
    static void awaitAll(
            List<StompClient> clients, String destination, long since, Histogram into, AtomicInteger lost) {
        for (StompClient client : clients) {
            var frame = client.poll(destination, Duration.ofSeconds(30));
            if (frame == null) {
                lost.incrementAndGet();
            } else {
                into.recordValue(Math.max(0, (frame.receivedNanos() - since) / 1000));
            }
        }
    }

    /** process_cpu_usage and the heap in use, from the server's Prometheus endpoint (the host is an admin there). */
    private static double[] serverMetrics(Session host) {
        var response = host.get("/actuator/prometheus");
        if (response.status() != 200) {
            return new double[] {0, 0};
        }
        double cpu = 0;
        double heap = 0;
        for (String line : response.body().split("\n")) {
            if (line.startsWith("process_cpu_usage ")) {
                cpu = Double.parseDouble(line.substring(line.indexOf(' ') + 1).strip());
            } else if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                heap += Double.parseDouble(
                        line.substring(line.lastIndexOf(' ') + 1).strip());
            }
        }
        return new double[] {cpu, heap};
    }

    private static Process startServer(int port, Options options) throws IOException {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(path -> path.getFileName().toString().matches("quizhall-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw -DskipTests package"));
        }
        var command = new ArrayList<String>();
        if (!options.serverCpus().isEmpty()) {
            command.addAll(List.of("taskset", "-c", options.serverCpus()));
        }
        Path data = Path.of("target/load/data-" + port);
        command.addAll(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx4g"));
        command.addAll(options.serverJvm());
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--quizhall.data-dir=" + data,
                "--quizhall.game.joins-per-minute=100000000",
                "--quizhall.game.pin-lookups-per-minute=100000000",
                "--quizhall.account.admins=" + HOST,
                "--logging.level.root=warn"));
        command.addAll(options.serverArgs());
        System.out.println("starting server: " + String.join(" ", command));
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static void awaitUp(String url) throws InterruptedException {
        var api = new Api(url);
        for (int i = 0; i < 240; i++) {
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Server did not come up at " + url);
    }

    private static Api.Response check(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(
                    "Expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private LoadHarness() {}
}
