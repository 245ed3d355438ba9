package io.quizhall.load;

import io.quizhall.storage.TestFiles;
import io.quizhall.support.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * The harness's {@code --mode download}: a question's image fetched by every phone at once. The host uploads one
 * PNG of random pixels (which does not compress) of about {@code --image-kb} KB and starts a game whose question
 * shows it; then {@code --players} downloads of it without an account, as players fetch it, over HTTP/1.1, {@code
 * --join-concurrency} at once, each client keeping its connection for its next download as a browser does. It
 * measures each download's time and the server's CPU per download, which is what the size of Tomcat's socket write
 * buffer changes (every response body goes through it, one write call per buffer).
 */
final class Downloads {

    record Result(
            int downloads,
            int failed,
            int concurrency,
            int imageBytes,
            LoadHarness.Figures micros,
            double perSecond,
            double serverCpuMillisPerDownload) {

        String table() {
            return String.join(
                    "\n",
                    "downloads %d of %d bytes, %d at once, %d failed"
                            .formatted(downloads, imageBytes, concurrency, failed),
                    "download           " + micros.millis(),
                    "%.0f downloads/s (%.1f MB/s), %.2f cpu-ms per download"
                            .formatted(perSecond, perSecond * imageBytes / 1e6, serverCpuMillisPerDownload));
        }
    }

    private Downloads() {}

    /** Uploads the image as {@code host}, starts a game that shows it, and returns its storage id. */
    static String uploadAndShow(Session host, int kilobytes) {
        // Random pixels, 3 bytes each, do not compress: the PNG is about the size asked for.
        int side = (int) Math.sqrt(kilobytes * 1024 / 3.0);
        var uploaded = LoadHarness.check(
                host.upload("/api/v1/storage", "question.png", "image/png", TestFiles.png(side, side), Map.of()), 201);
        String id = uploaded.json().get("id").asString();
        LoadHarness.createGame(host, 1, id);
        return id;
    }

    static Result run(
            String url, LoadHarness.ServerProbe probe, Session host, String imageId, int downloads, int concurrency)
            throws Exception {
        var client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = HttpRequest.newBuilder(URI.create(url + "/api/v1/storage/" + imageId + "/download"))
                .GET()
                .build();
        var histogram = new Histogram(60_000_000L, 3);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            double cpuBefore = probe.read(host).cpuSeconds();
            long start = System.nanoTime();
            List<Future<Integer>> sizes = new ArrayList<>();
            for (int i = 0; i < downloads; i++) {
                sizes.add(pool.submit(() -> {
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        return -response.statusCode(); // failed: counted, not timed
                    }
                    synchronized (histogram) {
                        histogram.recordValue((System.nanoTime() - sent) / 1000);
                    }
                    return response.body().length;
                }));
            }
            int bytes = 0;
            int failed = 0;
            for (var size : sizes) {
                if (size.get() < 0) {
                    failed++;
                } else {
                    bytes = size.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = probe.read(host).cpuSeconds() - cpuBefore;
            return new Result(
                    downloads,
                    failed,
                    concurrency,
                    bytes,
                    LoadHarness.Figures.of(histogram),
                    downloads / seconds,
                    cpu * 1000 / downloads);
        } finally {
            pool.shutdownNow();
        }
    }
}
