package io.quizhall.load;

import io.quizhall.support.Api;
import io.quizhall.support.Session;
import io.quizhall.support.StompClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
import org.jspecify.annotations.Nullable;
import redis.embedded.RedisServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load harness: N real WebSocket STOMP players and one host play Q questions through the public API, every
 * player answering within a spread of S ms. It records join time, question delivery (host "next" → each player
 * has the question), answer acknowledgement (send → ack), leaderboard delivery, errors and lost messages, and the
 * server's CPU (per join and per question) and heap (see {@link ServerProbe}), prints a table and writes JSON.
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

    /**
     * @param mode {@code game} (the default), {@code idle} (connect the players and measure memory), {@code echo}
     *     (the same clients against {@link EchoServer}: the machine's ceiling) or {@code download} (an image fetched
     *     by {@code --players} phones, {@code --join-concurrency} at once: {@link Downloads})
     * @param nodes servers to start (players are spread over them round-robin; broadcasts cross nodes by
     *     {@code fanout})
     * @param cpuQuota the share of a core each started server may use (cgroup v1 CPU quota; 0 = no limit)
     * @param jar the server jar to start (default: the one in target/), so one harness measures several builds
     * @param play how players join and answer
     * @param javaHome {@code --java-home}: the JDK that runs the started servers (default: the harness's own), so
     *     one session can compare JDKs; its {@code jcmd} is the one used on them
     * @param profiler {@code --profiler}: the path of async-profiler's {@code libasyncProfiler.so}; the measured
     *     games' joins and questions of the first server are then profiled apart (see {@link PhaseProfiler})
     * @param profileEvent {@code --profile-event}: what the profiler samples, {@code cpu} (the default) or
     *     {@code alloc} (allocated bytes)
     * @param imageKb {@code --image-kb}: the size of the image {@code --mode download} serves (see {@link Downloads})
     */
    record Options(
            List<String> urls,
            String mode,
            int players,
            int questions,
            int spreadMillis,
            Play play,
            String serverCpus,
            int nodes,
            String fanout,
            double cpuQuota,
            int repeat,
            boolean warmup,
            int holdSeconds,
            List<String> serverJvm,
            List<String> serverArgs,
            String jar,
            String javaHome,
            String profiler,
            String profileEvent,
            int imageKb) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            String url = values.getOrDefault("url", "");
            return new Options(
                    url.isBlank() ? List.of() : List.of(url.split(",")),
                    values.getOrDefault("mode", "game"),
                    Integer.parseInt(values.getOrDefault("players", "500")),
                    Integer.parseInt(values.getOrDefault("questions", "3")),
                    Integer.parseInt(values.getOrDefault("spread", "2000")),
                    new Play(
                            values.getOrDefault("answers", "realistic").equals("realistic"),
                            Integer.parseInt(values.getOrDefault("join-rate", "0")),
                            Integer.parseInt(values.getOrDefault("join-concurrency", "200"))),
                    values.getOrDefault("server-cpus", ""),
                    Integer.parseInt(values.getOrDefault("nodes", "1")),
                    values.getOrDefault("fanout", "redis"),
                    Double.parseDouble(values.getOrDefault("cpu-quota", "0")),
                    Integer.parseInt(values.getOrDefault("repeat", "1")),
                    Boolean.parseBoolean(values.getOrDefault("warmup", "true")),
                    Integer.parseInt(values.getOrDefault("hold", "30")),
                    words(values.getOrDefault("server-jvm", "")),
                    words(values.getOrDefault("server-args", "")),
                    values.getOrDefault("jar", ""),
                    values.getOrDefault("java-home", System.getProperty("java.home")),
                    values.getOrDefault("profiler", ""),
                    values.getOrDefault("profile-event", "cpu"),
                    Integer.parseInt(values.getOrDefault("image-kb", "200")));
        }

        /** A program of the servers' JDK ({@code java}, {@code jcmd}). */
        String tool(String name) {
            return Path.of(javaHome, "bin", name).toString();
        }

        private static List<String> words(String text) {
            return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
        }
    }

    /**
     * How players behave.
     *
     * @param realistic {@code --answers realistic} (the default): each player answers a random option at a random
     *     moment within the spread after it received the question itself, so answers overlap the fan-out, as in
     *     a classroom; {@code --answers after-delivery}: every player has the question first, then all answer
     *     the first option within the spread (the older, flattering way)
     * @param joinRate {@code --join-rate}: joins started per second (0 = as fast as the concurrency allows)
     * @param joinConcurrency {@code --join-concurrency}: joins in flight at once (a storm: 200 phones at once)
     */
    record Play(boolean realistic, int joinRate, int joinConcurrency) {
        static final Play REALISTIC = new Play(true, 0, 200);
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
            long serverHeapBytesMax,
            double joinsPerSecond,
            double serverCpuMillisPerJoin,
            double serverCpuSecondsPerQuestion,
            long serverRssBytes) {

        String table() {
            return String.join(
                    "\n",
                    "players %d, questions %d, spread %d ms".formatted(players, questions, spreadMillis),
                    "join               " + joinMicros.millis()
                            + "  (%.0f joins/s, %.1f cpu-ms per join)"
                                    .formatted(joinsPerSecond, serverCpuMillisPerJoin),
                    "question delivery  " + deliveryMicros.millis(),
                    "answer ack         " + ackMicros.millis(),
                    "leaderboard        " + leaderboardMicros.millis(),
                    "errors %d, lost %d, recorded answers %d of %d"
                            .formatted(errors, lost, recordedAnswers, players * questions),
                    "server busy max %.0f %% of a core, %.2f cpu-s per question, heap max %d MB (%.1f KB per player), rss %d MB"
                            .formatted(
                                    serverCpuMax * 100,
                                    serverCpuSecondsPerQuestion,
                                    serverHeapBytesMax / 1_000_000,
                                    serverHeapBytesMax / 1000.0 / Math.max(1, players),
                                    serverRssBytes / 1_000_000));
        }
    }

    /** What an idle run measured: every player connected and subscribed, nobody playing. */
    record IdleResult(
            int players,
            int connected,
            Figures joinMicros,
            long heapBeforeBytes,
            long heapAfterBytes,
            double heapPerPlayerKb,
            double serverCpuWhileIdle) {

        String table() {
            return String.join(
                    "\n",
                    "idle players %d, still connected after the hold %d".formatted(players, connected),
                    "join               " + joinMicros.millis(),
                    "heap after full GC: before %d MB, with the players %d MB: %.1f KB per player"
                            .formatted(heapBeforeBytes / 1_000_000, heapAfterBytes / 1_000_000, heapPerPlayerKb),
                    "server cpu while idle %.1f %% of the machine".formatted(serverCpuWhileIdle * 100));
        }
    }

    /** The measured games' phases, profiled when {@code --profiler} is given (one per harness run). */
    private static PhaseProfiler profiler = PhaseProfiler.NONE;

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        var started = new ArrayList<Process>();
        Infrastructure infrastructure = null;
        List<String> urls = options.urls();
        try {
            if (urls.isEmpty()) {
                urls = new ArrayList<>();
                if (options.mode().equals("echo")) {
                    int port = freePort();
                    started.add(startEcho(port, options));
                    urls.add("http://localhost:" + port);
                    awaitPort(port);
                } else {
                    infrastructure = Infrastructure.start(options.serverCpus());
                    for (int node = 0; node < options.nodes(); node++) {
                        int port = freePort();
                        started.add(startServer(port, node, options, infrastructure));
                        urls.add("http://localhost:" + port);
                    }
                    for (String url : urls) {
                        awaitUp(url);
                    }
                }
            }
            var results = new ArrayList<Object>();
            var probe = new ServerProbe(started, options.tool("jstat"));
            switch (options.mode()) {
                case "idle" -> {
                    var result = idle(urls, probe, options);
                    System.out.println("\n" + result.table());
                    results.add(result);
                }
                case "download" -> {
                    var host = signInHost(urls.get(0));
                    String image = Downloads.uploadAndShow(host, options.imageKb());
                    int concurrency = options.play().joinConcurrency();
                    if (options.warmup()) {
                        Downloads.run(urls.get(0), probe, host, image, options.players(), concurrency);
                    }
                    for (int i = 0; i < options.repeat(); i++) {
                        var result = Downloads.run(urls.get(0), probe, host, image, options.players(), concurrency);
                        System.out.println("\n--- download run " + (i + 1) + " ---\n" + result.table());
                        results.add(result);
                    }
                }
                case "echo" -> {
                    if (options.warmup()) {
                        echo(urls.get(0), options.players(), 3, options.spreadMillis(), options.play());
                    }
                    for (int i = 0; i < options.repeat(); i++) {
                        var result = echo(
                                urls.get(0),
                                options.players(),
                                options.questions(),
                                options.spreadMillis(),
                                options.play());
                        System.out.println("\n--- echo run " + (i + 1) + " ---\n" + result.table());
                        results.add(result);
                    }
                }
                default -> {
                    if (options.warmup()) {
                        // As large as the measured game: the JIT keeps compiling for minutes on one core.
                        int warmupPlayers = options.players();
                        System.out.println("warm-up game with " + warmupPlayers + " players ...");
                        run(
                                urls,
                                probe,
                                signInHost(urls.get(0)),
                                warmupPlayers,
                                3,
                                options.spreadMillis(),
                                options.play());
                    }
                    if (!options.profiler().isBlank() && !started.isEmpty()) {
                        profiler = new PhaseProfiler(
                                options.tool("jcmd"),
                                options.profiler(),
                                options.profileEvent(),
                                started.get(0).pid());
                    }
                    for (int i = 0; i < options.repeat(); i++) {
                        profiler.run = i + 1;
                        Result result = run(
                                urls,
                                probe,
                                signInHost(urls.get(0)),
                                options.players(),
                                options.questions(),
                                options.spreadMillis(),
                                options.play());
                        System.out.println("\n--- run " + (i + 1) + " ---\n" + result.table());
                        results.add(result);
                    }
                }
            }
            Path out = Path.of("target/load/harness-" + options.mode() + "-"
                    + Instant.now().toString().replace(':', '-') + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(
                    out,
                    JSON.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(Map.of("options", options, "results", results)));
            System.out.println("\nwritten " + out);
        } finally {
            for (Process server : started) {
                server.destroy();
                server.waitFor(30, TimeUnit.SECONDS);
            }
            if (infrastructure != null) {
                infrastructure.close();
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

    /** One game on one server; {@code host} must be signed in (as an administrator, for the server metrics). */
    static Result run(String url, Session host, int players, int questions, int spreadMillis) throws Exception {
        return run(List.of(url), ServerProbe.NONE, host, players, questions, spreadMillis, Play.REALISTIC);
    }

    /**
     * One game: the host on the first node, the players spread over all nodes round-robin; {@code host} must be
     * signed in (as an administrator, for the server metrics). {@code probe} reads the servers' CPU and memory.
     */
    static Result run(
            List<String> urls, ServerProbe probe, Session host, int players, int questions, int spreadMillis, Play play)
            throws Exception {
        String url = urls.get(0);
        var created = createGame(host, questions);
        UUID gameId = created.gameId();
        String pin = created.pin();
        String topic = "/topic/games." + gameId + ".";
        var hostStomp = StompClient.host(url, host.cookie("qh_session").orElseThrow());
        hostStomp.subscribe(topic + "results");
        hostStomp.sync(gameId);

        ExecutorService pool = Executors.newFixedThreadPool(play.joinConcurrency());
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(8);
        var clients = new ArrayList<StompClient>();
        var join = new Histogram(60_000_000L, 3);
        var delivery = new Histogram(60_000_000L, 3);
        var acks = new Histogram(60_000_000L, 3);
        var leaderboards = new Histogram(60_000_000L, 3);
        var lost = new AtomicInteger();
        double cpuMax = 0;
        long heapMax = 0;
        double cpuSeconds = 0;
        long rssMax = 0;
        try {
            profiler.start();
            double cpuBeforeJoins = probe.read(host).cpuSeconds();
            long joinStart = System.nanoTime();
            clients.addAll(joinPlayers(urls, pin, gameId, players, "p", pool, play, join));
            double joinsPerSecond = players / ((System.nanoTime() - joinStart) / 1e9);
            double cpuMillisPerJoin = (probe.read(host).cpuSeconds() - cpuBeforeJoins) * 1000 / players;
            profiler.stop("joins");
            var random = new Random(7);
            profiler.start();
            for (int question = 0; question < questions; question++) {
                double cpuBefore = probe.read(host).cpuSeconds();
                long opened = System.nanoTime();
                hostStomp.send("/app/games/" + gameId + "/host/next", "{}");
                String answer = "/app/games/" + gameId + "/answer";
                if (play.realistic()) {
                    answerOnReceipt(
                            clients,
                            topic + "question",
                            answer,
                            question,
                            opened,
                            spreadMillis,
                            random,
                            timer,
                            delivery,
                            acks,
                            lost);
                } else {
                    awaitAll(clients, topic + "question", opened, delivery, lost);
                    sendAnswers(clients, answer, question, spreadMillis, random, timer, acks, lost);
                }
                hostStomp.next(topic + "results", Duration.ofSeconds(60));
                var metrics = probe.read(host);
                cpuSeconds += metrics.cpuSeconds() - cpuBefore;
                rssMax = Math.max(rssMax, probe.residentBytes());
                cpuMax = Math.max(cpuMax, (metrics.cpuSeconds() - cpuBefore) / ((System.nanoTime() - opened) / 1e9));
                heapMax = Math.max(heapMax, (long) metrics.heapBytes());
                long shown = System.nanoTime();
                hostStomp.send("/app/games/" + gameId + "/host/leaderboard", "{}");
                awaitAll(clients, topic + "leaderboard", shown, leaderboards, lost);
            }
            profiler.stop("questions");
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
                    heapMax,
                    joinsPerSecond,
                    cpuMillisPerJoin,
                    cpuSeconds / questions,
                    rssMax);
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

    /** The servers' CPU seconds used so far and heap in use, together. */
    record ServerMetrics(double cpuSeconds, double heapBytes) {}

    /**
     * Reads the servers' {@link ServerMetrics}. Servers the harness started are read from outside ({@code /proc}
     * and {@code jstat}, which reads the JVM's shared performance counters), so that measuring takes no CPU and
     * makes no garbage in the server: a scrape of {@code /actuator/prometheus} allocated about 16 MB in the server
     * on JDK 25, twice per question. A server at {@code --url} is read from that endpoint (the host is an
     * administrator there), the first node only.
     */
    record ServerProbe(List<Process> servers, String jstat) {

        static final ServerProbe NONE = new ServerProbe(List.of(), "");

        ServerMetrics read(Session host) throws IOException, InterruptedException {
            if (servers.isEmpty()) {
                return scrape(host);
            }
            double cpuSeconds = 0;
            double heap = 0;
            for (Process server : servers) {
                String stat = Files.readString(Path.of("/proc", String.valueOf(server.pid()), "stat"));
                // Fields after the command: state is field 3, utime and stime (in 1/100 s on Linux) 14 and 15.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpuSeconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                heap += heapInUse(server.pid());
            }
            return new ServerMetrics(cpuSeconds, heap);
        }

        /** The survivor, eden and old spaces in use, from {@code jstat -gc} (in KB), for any collector. */
        private double heapInUse(long pid) throws IOException, InterruptedException {
            var process = new ProcessBuilder(jstat, "-gc", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            String[] lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .strip()
                    .split("\n");
            process.waitFor(30, TimeUnit.SECONDS);
            List<String> names = List.of(lines[0].strip().split("\\s+"));
            String[] values = lines[lines.length - 1].strip().split("\\s+");
            double kilobytes = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                kilobytes += Double.parseDouble(values[names.indexOf(column)]);
            }
            return kilobytes * 1024;
        }

        private static ServerMetrics scrape(Session host) {
            var response = host.get("/actuator/prometheus");
            if (response.status() != 200) {
                return new ServerMetrics(0, 0);
            }
            double cpuSeconds = 0;
            double heap = 0;
            for (String line : response.body().split("\n")) {
                String value = line.substring(line.lastIndexOf(' ') + 1).strip();
                if (line.startsWith("process_cpu_time_ns_total ")) {
                    cpuSeconds = Double.parseDouble(value) / 1e9;
                } else if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    heap += Double.parseDouble(value);
                }
            }
            return new ServerMetrics(cpuSeconds, heap);
        }

        /** The resident memory of the server processes the harness started, together (0 for servers at a URL). */
        long residentBytes() {
            long total = 0;
            for (Process server : servers) {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status"))) {
                        if (line.startsWith("VmRSS:")) {
                            total += Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                        }
                    }
                } catch (IOException | NumberFormatException unreadable) {
                    // not Linux, or the process is gone: no figure
                }
            }
            return total;
        }
    }

    /**
     * Idle players: N players join and subscribe like in a game, then nobody plays for {@code --hold} seconds. The
     * heap is read after a full GC (jcmd) before and after, so the difference is what the connections keep.
     */
    static IdleResult idle(List<String> urls, ServerProbe probe, Options options) throws Exception {
        var host = signInHost(urls.get(0));
        var created = createGame(host, 1);
        UUID gameId = created.gameId();
        String pin = created.pin();
        long before = heapAfterGc(probe, host, options.tool("jcmd"));
        var join = new Histogram(60_000_000L, 3);
        var clients = new ArrayList<StompClient>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            clients.addAll(joinPlayers(urls, pin, gameId, options.players(), "i", pool, options.play(), join));
            System.out.println(clients.size() + " players connected; holding for " + options.holdSeconds() + " s");
            double cpuBefore = probe.read(host).cpuSeconds();
            long holdStart = System.nanoTime();
            Thread.sleep(options.holdSeconds() * 1000L);
            double cpuIdle = (probe.read(host).cpuSeconds() - cpuBefore)
                    / ((System.nanoTime() - holdStart) / 1e9)
                    / Runtime.getRuntime().availableProcessors();
            long after = heapAfterGc(probe, host, options.tool("jcmd"));
            int connected =
                    (int) clients.stream().filter(StompClient::isConnected).count();
            return new IdleResult(
                    options.players(),
                    connected,
                    Figures.of(join),
                    before,
                    after,
                    (after - before) / 1000.0 / options.players(),
                    cpuIdle);
        } finally {
            clients.forEach(StompClient::close);
            pool.shutdownNow();
        }
    }

    record CreatedGame(UUID gameId, String pin) {}

    /** A quiz of ABCD questions (the first answer is right) and a game of it, through the REST API. */
    private static CreatedGame createGame(Session host, int questions) {
        return createGame(host, questions, null);
    }

    /** The same, every question showing the stored picture {@code image} when it is given. */
    static CreatedGame createGame(Session host, int questions, @Nullable String image) {
        String shown = image == null ? "" : "\"image\": \"%s\", ".formatted(image);
        var questionList = new ArrayList<String>();
        for (int i = 0; i < questions; i++) {
            questionList.add("""
                    {"type": "ABCD", "question": "Question %d", %s"time": 60, "hideResults": false,
                     "answers": [{"answer": "right", "right": true}, {"answer": "wrong", "right": false}]}""".formatted(i, shown));
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
        return new CreatedGame(
                UUID.fromString(game.get("gameId").asString()), game.get("pin").asString());
    }

    /** What the web client's player page subscribes to (static/js/play.js), in its order. */
    private static final List<String> PLAYER_TOPICS = List.of("question", "results", "leaderboard", "ended", "lobby");

    private static final List<String> PLAYER_QUEUES = List.of("ack", "result", "final", "state", "errors");

    /**
     * Joins players over REST, spread over the nodes round-robin, each with a WebSocket subscribed to everything
     * the web client subscribes to, and waits for each one's {@code sync}; records each join's time, from the
     * REST call to the first state. {@code pool} bounds the joins in flight; {@link Play#joinRate} paces them.
     */
    private static List<StompClient> joinPlayers(
            List<String> urls,
            String pin,
            UUID gameId,
            int players,
            String prefix,
            ExecutorService pool,
            Play play,
            Histogram join)
            throws Exception {
        String topic = "/topic/games." + gameId + ".";
        var apis = urls.stream().map(Api::new).toList();
        List<Future<StompClient>> joining = new ArrayList<>();
        long stormStart = System.nanoTime();
        for (int i = 0; i < players; i++) {
            if (play.joinRate() > 0) {
                long due = stormStart + i * 1_000_000_000L / play.joinRate();
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            String nickname = prefix + i;
            var api = apis.get(i % apis.size());
            joining.add(pool.submit(() -> {
                long start = System.nanoTime();
                var joined = check(
                        api.post(
                                "/api/v1/games/pin/" + pin + "/join",
                                "application/json",
                                "{\"nickname\": \"%s\"}".formatted(nickname)),
                        201);
                var client = StompClient.player(
                        api.baseUrl(), joined.json().get("token").asString());
                for (String name : PLAYER_TOPICS) {
                    client.subscribe(topic + name);
                }
                for (String queue : PLAYER_QUEUES) {
                    client.subscribe("/user/queue/" + queue);
                }
                client.sync(gameId);
                synchronized (join) {
                    join.recordValue((System.nanoTime() - start) / 1000);
                }
                return client;
            }));
        }
        var clients = new ArrayList<StompClient>();
        for (var future : joining) {
            clients.add(future.get());
        }
        return clients;
    }

    /**
     * The same clients and measurements against {@link EchoServer}: a broadcast to every player (delivery), every
     * player sending within the spread and getting an answer (ack), and a second broadcast (leaderboard).
     */
    static Result echo(String url, int players, int questions, int spreadMillis, Play play) throws Exception {
        var delivery = new Histogram(60_000_000L, 3);
        var acks = new Histogram(60_000_000L, 3);
        var leaderboards = new Histogram(60_000_000L, 3);
        var join = new Histogram(60_000_000L, 3);
        var lost = new AtomicInteger();
        var clients = new ArrayList<StompClient>();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(8);
        try {
            var host = StompClient.player(url, "host");
            List<Future<StompClient>> joining = new ArrayList<>();
            for (int i = 0; i < players; i++) {
                joining.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    var client = StompClient.player(url, "echo");
                    client.subscribe("/topic/echo.question");
                    client.subscribe("/topic/echo.leaderboard");
                    client.subscribe("/user/queue/ack");
                    synchronized (join) {
                        join.recordValue((System.nanoTime() - start) / 1000);
                    }
                    return client;
                }));
            }
            for (var future : joining) {
                clients.add(future.get());
            }
            Thread.sleep(500); // the echo server answers no sync; let the last SUBSCRIBEs land
            var random = new Random(7);
            for (int question = 0; question < questions; question++) {
                long opened = System.nanoTime();
                host.send("/app/echo/broadcast/question", "{\"index\": %d}".formatted(question));
                if (play.realistic()) {
                    answerOnReceipt(
                            clients,
                            "/topic/echo.question",
                            "/app/echo/answer",
                            question,
                            opened,
                            spreadMillis,
                            random,
                            timer,
                            delivery,
                            acks,
                            lost);
                } else {
                    awaitAll(clients, "/topic/echo.question", opened, delivery, lost);
                    sendAnswers(clients, "/app/echo/answer", question, spreadMillis, random, timer, acks, lost);
                }
                long shown = System.nanoTime();
                host.send("/app/echo/broadcast/leaderboard", "{\"index\": %d}".formatted(question));
                awaitAll(clients, "/topic/echo.leaderboard", shown, leaderboards, lost);
            }
            host.close();
            return new Result(
                    players,
                    questions,
                    spreadMillis,
                    Figures.of(join),
                    Figures.of(delivery),
                    Figures.of(acks),
                    Figures.of(leaderboards),
                    0,
                    lost.get(),
                    players * questions,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0);
        } finally {
            clients.forEach(StompClient::close);
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    /** Every client sends one answer at a random moment within the spread; ack latency is send → ack arrival. */
    static void sendAnswers(
            List<StompClient> clients,
            String destination,
            int question,
            int spreadMillis,
            Random random,
            ScheduledExecutorService timer,
            Histogram acks,
            AtomicInteger lost)
            throws Exception {
        long[] sent = new long[clients.size()];
        List<Future<?>> sending = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            int number = i;
            sending.add(timer.schedule(
                    () -> {
                        sent[number] = System.nanoTime();
                        clients.get(number).send(destination, "{\"question\": %d, \"answer\": 0}".formatted(question));
                    },
                    random.nextInt(spreadMillis),
                    TimeUnit.MILLISECONDS));
        }
        boolean[] answered = new boolean[clients.size()];
        java.util.Arrays.fill(answered, true);
        awaitAcks(clients, sending, sent, answered, acks, lost);
    }

    /**
     * The realistic way to answer: as each player's question arrives (in arrival order), it schedules its answer, a
     * random option, at a random moment within the spread after its own receipt, so the first answers reach the
     * server while it is still sending the question to the others. Records delivery and ack latency.
     */
    static void answerOnReceipt(
            List<StompClient> clients,
            String questionTopic,
            String destination,
            int question,
            long opened,
            int spreadMillis,
            Random random,
            ScheduledExecutorService timer,
            Histogram delivery,
            Histogram acks,
            AtomicInteger lost)
            throws Exception {
        long[] sent = new long[clients.size()];
        boolean[] answered = new boolean[clients.size()];
        List<Future<?>> sending = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            var frame = clients.get(i).poll(questionTopic, Duration.ofSeconds(30));
            if (frame == null) {
                lost.incrementAndGet();
                continue;
            }
            delivery.recordValue(Math.max(0, (frame.receivedNanos() - opened) / 1000));
            answered[i] = true;
            int number = i;
            int option = random.nextInt(2);
            long at = frame.receivedNanos() + random.nextInt(spreadMillis) * 1_000_000L;
            sending.add(timer.schedule(
                    () -> {
                        sent[number] = System.nanoTime();
                        clients.get(number)
                                .send(destination, "{\"question\": %d, \"answer\": %d}".formatted(question, option));
                    },
                    Math.max(0, at - System.nanoTime()),
                    TimeUnit.NANOSECONDS));
        }
        awaitAcks(clients, sending, sent, answered, acks, lost);
    }

    /**
     * Waits until every scheduled answer is sent, then records each answering client's ack latency (send → ack
     * arrival); an ack missing after 30 s counts as lost.
     */
    private static void awaitAcks(
            List<StompClient> clients,
            List<Future<?>> sending,
            long[] sent,
            boolean[] answered,
            Histogram acks,
            AtomicInteger lost)
            throws Exception {
        for (var future : sending) {
            future.get();
        }
        for (int i = 0; i < clients.size(); i++) {
            if (!answered[i]) {
                continue;
            }
            var ack = clients.get(i).poll("/user/queue/ack", Duration.ofSeconds(30));
            if (ack == null) {
                lost.incrementAndGet();
            } else {
                acks.recordValue(Math.max(0, (ack.receivedNanos() - sent[i]) / 1000));
            }
        }
    }

    /** Runs a full GC in every server the harness started and reads the heap in use (or just reads it, for URLs). */
    private static long heapAfterGc(ServerProbe probe, Session host, String jcmd) throws Exception {
        for (Process server : probe.servers()) {
            new ProcessBuilder(jcmd, String.valueOf(server.pid()), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(60, TimeUnit.SECONDS);
        }
        return (long) probe.read(host).heapBytes();
    }

    /**
     * PostgreSQL and Redis for the servers the harness starts, so that several nodes can share them; both are the
     * embedded servers the app itself uses, pinned to the servers' cores.
     */
    record Infrastructure(EmbeddedPostgres postgres, RedisServer redis, int redisPort) implements AutoCloseable {

        static Infrastructure start(String cpus) throws IOException {
            Path dir = Files.createTempDirectory("quizhall-load");
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("postgres"))
                    .setCleanDataDirectory(true)
                    .start();
            int redisPort = freePort();
            Files.createDirectories(dir.resolve("redis"));
            var redis = RedisServer.newRedisServer()
                    .port(redisPort)
                    .bind("127.0.0.1")
                    .setting("dir " + dir.resolve("redis"))
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("save \"\"")
                    .build();
            redis.start();
            if (!cpus.isEmpty()) {
                ProcessHandle.current().descendants().forEach(child -> {
                    try {
                        new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, String.valueOf(child.pid()))
                                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                .start()
                                .waitFor();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            return new Infrastructure(postgres, redis, redisPort);
        }

        List<String> serverArgs() {
            return List.of(
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--spring.data.redis.url=redis://127.0.0.1:" + redisPort);
        }

        @Override
        public void close() throws IOException {
            redis.stop();
            postgres.close();
        }
    }

    /**
     * Loads async-profiler into the server ({@code jcmd <pid> JVMTI.agent_load}) for one phase at a time, and writes
     * each phase's samples (CPU every 1 ms, or every 256 KB allocated; per thread) as collapsed stacks to
     * {@code target/load/profile-run<n>-<phase>-<event>.collapsed}: the joins apart from the questions, without the
     * server's start and the warm-up game.
     */
    static final class PhaseProfiler {

        static final PhaseProfiler NONE = new PhaseProfiler("", "", "cpu", 0);

        private final String jcmd;
        private final String library;
        private final String event;
        private final long pid;
        int run;

        PhaseProfiler(String jcmd, String library, String event, long pid) {
            this.jcmd = jcmd;
            this.library = library;
            this.event = event;
            this.pid = pid;
        }

        void start() throws IOException, InterruptedException {
            command(
                    event.equals("alloc")
                            ? "start,event=alloc,alloc=256k,threads"
                            : "start,event=cpu,interval=1ms,threads");
        }

        void stop(String phase) throws IOException, InterruptedException {
            Path file = Path.of("target/load/profile-run" + run + "-" + phase + "-" + event + ".collapsed")
                    .toAbsolutePath();
            command("stop,collapsed,file=" + file);
        }

        private void command(String arguments) throws IOException, InterruptedException {
            if (library.isEmpty()) {
                return;
            }
            Files.createDirectories(Path.of("target/load"));
            // Quoted: jcmd would otherwise read "start,event=cpu" as an option named "start,event".
            var process = new ProcessBuilder(
                            jcmd, Long.toString(pid), "JVMTI.agent_load", library, '"' + arguments + '"')
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || !output.contains("return code: 0")) {
                throw new IllegalStateException("async-profiler did not " + arguments + ": " + output.strip());
            }
        }
    }

    private static Process startServer(int port, int node, Options options, Infrastructure infrastructure)
            throws IOException {
        Path jar = serverJar(options);
        var command = new ArrayList<String>();
        if (!options.serverCpus().isEmpty()) {
            command.addAll(List.of("taskset", "-c", options.serverCpus()));
        }
        Path data = Path.of("target/load/data-" + port);
        command.addAll(List.of(options.tool("java"), "-Xmx4g"));
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
        command.addAll(infrastructure.serverArgs());
        if (options.nodes() > 1) {
            command.addAll(
                    options.fanout().equals("relay")
                            ? List.of("--quizhall.game.relay.enabled=true")
                            : List.of("--quizhall.game.redis-fanout=true"));
        }
        command.addAll(options.serverArgs());
        System.out.println("starting server: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (options.cpuQuota() > 0) {
            limitCpu(process.pid(), "quizhall-load-" + node, options.cpuQuota());
        }
        return process;
    }

    private static Path serverJar(Options options) throws IOException {
        if (!options.jar().isEmpty()) {
            return Path.of(options.jar());
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(path -> path.getFileName().toString().matches("quizhall-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw -DskipTests package"));
        }
    }

    /** Puts a process into its own cgroup (v1 CPU controller) with a quota of {@code cores} cores. */
    private static void limitCpu(long pid, String group, double cores) throws IOException {
        Path cgroup = Path.of("/sys/fs/cgroup/cpu", group);
        Files.createDirectories(cgroup);
        int period = 10_000; // short periods keep throttling pauses short
        Files.writeString(cgroup.resolve("cpu.cfs_period_us"), String.valueOf(period));
        Files.writeString(cgroup.resolve("cpu.cfs_quota_us"), String.valueOf((int) (period * cores)));
        Files.writeString(cgroup.resolve("cgroup.procs"), String.valueOf(pid));
        System.out.println("server " + pid + " limited to " + cores + " cores in cgroup " + cgroup);
    }

    private static Process startEcho(int port, Options options) throws IOException {
        var command = new ArrayList<String>();
        if (!options.serverCpus().isEmpty()) {
            command.addAll(List.of("taskset", "-c", options.serverCpus()));
        }
        command.addAll(List.of(
                options.tool("java"), "-Xmx4g", "-cp", classPath(), EchoServer.class.getName(), String.valueOf(port)));
        System.out.println("starting echo server: " + EchoServer.class.getName() + " on " + port);
        return new ProcessBuilder(command).inheritIO().start();
    }

    /** The harness's own class path (under exec:java it is a class loader's, not java.class.path). */
    private static String classPath() {
        if (LoadHarness.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            var paths = new ArrayList<String>();
            for (var url : loader.getURLs()) {
                paths.add(Path.of(java.net.URI.create(url.toString())).toString());
            }
            return String.join(java.io.File.pathSeparator, paths);
        }
        return System.getProperty("java.class.path");
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Echo server did not come up on " + port);
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

    static Api.Response check(Api.Response response, int status) {
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
