package io.quizhall.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.Session;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the storage feature promises over HTTP, whichever backend holds the bytes. {@link LocalStorageTests} and
 * {@link S3StorageTests} run every test here, the second against a real S3-compatible server.
 */
abstract class StorageContractTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    FileStore files;

    @Autowired
    StorageCleanup cleanup;

    @Autowired
    StorageProperties properties;

    /** The backend this subclass's context must be running. */
    abstract String backend();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Api.Response upload(Session session, String filename, String claimedType, byte[] content) {
        return session.upload("/api/v1/storage", filename, claimedType, content, Map.of());
    }

    static UUID id(Api.Response response) {
        return UUID.fromString(response.json().get("id").asString());
    }

    long storageUsed(UUID user) {
        Long used = jdbc.queryForObject("SELECT storage_used FROM users WHERE id = ?", Long.class, user);
        return used == null ? 0 : used;
    }

    long liveBytes(UUID user) {
        Long sum = jdbc.queryForObject(
                "SELECT coalesce(sum(size), 0) FROM storage_items WHERE user_id = ? AND deleted_at IS NULL",
                Long.class,
                user);
        return sum == null ? 0 : sum;
    }

    @Test
    void runsOnTheConfiguredBackend() {
        assertThat(files.name()).isEqualTo(backend());
    }

    @Test
    void acceptsEachAllowedTypeDecidedByContentAndServesItByteForByte() {
        var teacher = accounts.newUser();
        Map<String, byte[]> samples = Map.of(
                "image/png", TestFiles.png(16, 9),
                "image/jpeg", TestFiles.jpeg(64, 48),
                "image/gif", TestFiles.gif(10, 10),
                "image/webp", TestFiles.webp(32, 16, 200, 100, 50),
                "video/mp4", TestFiles.mp4());
        samples.forEach((type, bytes) -> {
            // The client's name and type are deliberately wrong: only the content counts.
            var uploaded = upload(teacher, "upload.bin", "application/octet-stream", bytes);
            assertThat(uploaded.status()).as(type + ": " + uploaded.body()).isEqualTo(201);
            assertThat(uploaded.json().get("mimeType").asString()).isEqualTo(type);
            assertThat(uploaded.json().get("size").asLong()).isEqualTo(bytes.length);
            assertThat(uploaded.headers().getLocation()).hasToString("/api/v1/storage/" + id(uploaded));

            var download = teacher.getBytes("/api/v1/storage/" + id(uploaded) + "/download", Map.of());
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.headers().getContentType()).hasToString(type);
            assertThat(download.body()).isEqualTo(bytes);
        });
        var png = upload(teacher, "cat.png", "image/png", TestFiles.png(30, 20)).json();
        assertThat(png.get("width").asInt()).isEqualTo(30);
        assertThat(png.get("height").asInt()).isEqualTo(20);
        assertThat(png.get("thumbhash").asString()).isNotBlank();
        assertThat(png.get("filename").asString()).isEqualTo("cat.png");
    }

    @Test
    void refusesSpoofedTypesWith415() {
        var teacher = accounts.newUser();
        List<Api.Response> refused = List.of(
                upload(teacher, "photo.png", "image/png", TestFiles.pngHeaderThenHtml()),
                upload(teacher, "drawing.png", "image/png", TestFiles.svg()),
                upload(teacher, "photo.jpg", "image/jpeg", TestFiles.html()),
                upload(teacher, "archive.gif", "image/gif", TestFiles.zip()),
                upload(teacher, "polyglot.png", "image/png", TestFiles.pngThenHtml()));
        for (var response : refused) {
            assertThat(response.status()).as(response.body()).isEqualTo(415);
            assertThat(response.json().get("code").asString()).isEqualTo("unsupported-media-type");
        }
        assertThat(storageUsed(teacher.user().id())).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM storage_items WHERE user_id = ?",
                        Long.class,
                        teacher.user().id()))
                .isZero();
    }

    @Test
    void refusesADecompressionBombWith413() {
        var teacher = accounts.newUser();
        var response = upload(teacher, "small.png", "image/png", TestFiles.pngBomb(20_000));

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("payload-too-large");
        assertThat(response.json().get("maxPixels").asLong()).isEqualTo(properties.maxImagePixels());
    }

    @Test
    void refusesFilesOverTheSizeLimitsWith413() {
        var teacher = accounts.newUser();
        long maxImage = properties.maxImageSize().toBytes();
        byte[] bigImage = TestFiles.concat(TestFiles.png(2, 2), new byte[(int) maxImage]);
        var image = upload(teacher, "big.png", "image/png", bigImage);
        assertThat(image.status()).as(image.body()).isEqualTo(413);
        assertThat(image.json().get("maxBytes").asLong()).isEqualTo(maxImage);

        // Beyond the largest file of any kind the multipart parser stops reading: still our problem document.
        byte[] tooBig = new byte[(int) properties.maxVideoSize().toBytes() + 1024];
        var multipart = upload(teacher, "huge.mp4", "video/mp4", tooBig);
        assertThat(multipart.status()).isEqualTo(413);
        assertThat(multipart.json().get("code").asString()).isEqualTo("payload-too-large");
    }

    @Test
    void downloadsCarryTypeDispositionNosniffAndLongLivedCachingWithAnETag() {
        var teacher = accounts.newUser();
        byte[] png = TestFiles.png(8, 8);
        UUID id = id(upload(teacher, "Ünïcode cat.png", "text/html", png));
        String path = "/api/v1/storage/" + id + "/download";

        var download = teacher.getBytes(path, Map.of());
        assertThat(download.headers().getContentType()).hasToString("image/png");
        assertThat(download.headers().getFirst("Content-Disposition"))
                .startsWith("inline")
                .contains("filename*=UTF-8''%C3%9Cn%C3%AFcode%20cat.png");
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.headers().getFirst("Content-Security-Policy")).contains("sandbox");
        assertThat(download.headers().getCacheControl()).contains("max-age=31536000", "private", "immutable");
        String etag = download.headers().getETag();
        assertThat(etag).isNotBlank().doesNotStartWith("W/");
        assertThat(download.headers().getContentLength()).isEqualTo(png.length);

        var again = teacher.getBytes(path, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        var range = teacher.getBytes(path, Map.of("Range", "bytes=0-7"));
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(java.util.Arrays.copyOf(png, 8));

        var attachment = teacher.getBytes(path + "?attachment=true", Map.of());
        assertThat(attachment.headers().getFirst("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void theSameContentAgainReturnsTheExistingFileAndIsCountedOnce() {
        var teacher = accounts.newUser();
        byte[] png = TestFiles.png(20, 20);
        var first = upload(teacher, "a.png", "image/png", png);
        var second = upload(teacher, "b.png", "image/png", png);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(id(second)).isEqualTo(id(first));
        assertThat(storageUsed(teacher.user().id())).isEqualTo(png.length);

        // Dedupe is per user: someone else's identical upload is their own file.
        var colleague = accounts.newUser();
        var theirs = upload(colleague, "a.png", "image/png", png);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(id(theirs)).isNotEqualTo(id(first));

        // After a delete the same content is a new file again.
        assertThat(teacher.delete("/api/v1/storage/" + id(first)).status()).isEqualTo(204);
        var third = upload(teacher, "a.png", "image/png", png);
        assertThat(third.status()).isEqualTo(201);
        assertThat(id(third)).isNotEqualTo(id(first));
        assertThat(storageUsed(teacher.user().id())).isEqualTo(png.length);
    }

    @Test
    void anotherUsersPrivateFileIsNotFound() {
        var owner = accounts.newUser();
        UUID id = id(upload(owner, "private.png", "image/png", TestFiles.png(4, 4)));
        String path = "/api/v1/storage/" + id;
        var stranger = accounts.newUser();

        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.getBytes(path + "/download", Map.of()).status()).isEqualTo(404);
        assertThat(stranger.send("PATCH", path, "{\"altText\": \"mine now\"}", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.delete(path).status()).isEqualTo(404);
        assertThat(accounts.anonymous().getBytes(path + "/download", Map.of()).status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/storage/" + UUID.randomUUID())
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("not-found");
        assertThat(owner.getBytes(path + "/download", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void altTextIsSetAtUploadAndEditable() {
        var teacher = accounts.newUser();
        var uploaded = teacher.upload(
                "/api/v1/storage", "cat.png", "image/png", TestFiles.png(4, 4), Map.of("altText", "A cat"));
        assertThat(uploaded.json().get("altText").asString()).isEqualTo("A cat");
        String path = "/api/v1/storage/" + id(uploaded);
        // Read first: the server now remembers the file's row for a second (StorageService.RECENT_FILE).
        assertThat(teacher.get(path).json().get("altText").asString()).isEqualTo("A cat");

        var edited = teacher.send("PATCH", path, "{\"altText\": \"  A cat on a keyboard \"}", Map.of());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("altText").asString()).isEqualTo("A cat on a keyboard");
        assertThat(teacher.get(path).json().get("altText").asString()).isEqualTo("A cat on a keyboard");

        var tooLong = teacher.send(
                "PATCH",
                path,
                "{\"altText\": \"%s\"}".formatted("x".repeat(properties.altTextMaxLength() + 1)),
                Map.of());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asString()).isEqualTo("altText");
    }

    @Test
    void listsMyFilesNewestFirstWithMyQuota() {
        clock.freeze();
        var teacher = accounts.newUser();
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < 3; i++) {
            ids.add(id(upload(teacher, "f" + i + ".png", "image/png", TestFiles.png(4, 4))));
            clock.advance(Duration.ofSeconds(1));
        }
        upload(accounts.newUser(), "other.png", "image/png", TestFiles.png(4, 4));

        var page = teacher.get("/api/v1/storage?page=0&size=2").json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asString())
                .isEqualTo(ids.get(2).toString());
        assertThat(page.get("items").get(1).get("id").asString())
                .isEqualTo(ids.get(1).toString());
        assertThat(teacher.get("/api/v1/storage?page=1&size=2")
                        .json()
                        .at("/items/0/id")
                        .asString())
                .isEqualTo(ids.get(0).toString());
        assertThat(page.get("quota").asLong()).isEqualTo(properties.quota().toBytes());
        assertThat(page.get("used").asLong()).isEqualTo(liveBytes(teacher.user().id()));
        assertThat(page.get("available").asLong())
                .isEqualTo(properties.quota().toBytes() - page.get("used").asLong());
        assertThat(teacher.get("/api/v1/storage?size=101").status()).isEqualTo(400);
        assertThat(accounts.anonymous().get("/api/v1/storage").status()).isEqualTo(401);
    }

    @Test
    void deleteIsSoftGivesTheSpaceBackAndTheCleanupRemovesTheBytesAfterTheGracePeriod() throws Exception {
        clock.freeze();
        var teacher = accounts.newUser();
        byte[] png = TestFiles.png(10, 10);
        UUID id = id(upload(teacher, "gone.png", "image/png", png));
        String key = id.toString();
        assertThat(storageUsed(teacher.user().id())).isEqualTo(png.length);
        // Downloaded first: the server now remembers the file's row for a second (StorageService.RECENT_FILE).
        assertThat(teacher.getBytes("/api/v1/storage/" + id + "/download", Map.of())
                        .status())
                .isEqualTo(200);

        assertThat(teacher.delete("/api/v1/storage/" + id).status()).isEqualTo(204);
        assertThat(teacher.delete("/api/v1/storage/" + id).status()).as("once").isEqualTo(404);
        assertThat(storageUsed(teacher.user().id())).isZero();
        assertThat(teacher.get("/api/v1/storage/" + id).status()).isEqualTo(404);
        assertThat(teacher.getBytes("/api/v1/storage/" + id + "/download", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(teacher.get("/api/v1/storage").json().get("totalItems").asLong())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT deleted_at IS NOT NULL FROM storage_items WHERE id = ?", Boolean.class, id))
                .isTrue();

        clock.advance(properties.cleanupGracePeriod().minusMinutes(1));
        cleanup.removeExpired();
        assertThat(files.exists(key)).as("kept during the grace period").isTrue();

        clock.advance(Duration.ofMinutes(2));
        assertThat(cleanup.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(files.exists(key)).isFalse();
        assertThat(jdbc.queryForObject("SELECT storage_path FROM storage_items WHERE id = ?", String.class, id))
                .isNull();
        // A second run (another node, or the next tick) has nothing left to do for it.
        cleanup.removeExpired();
        assertThat(storageUsed(teacher.user().id())).isZero();
    }

    @Test
    void parallelUploadsNeverExceedTheQuotaAndDeletesGiveItBack() throws Exception {
        var teacher = accounts.newUser();
        UUID user = teacher.user().id();
        long quota = properties.quota().toBytes();
        List<byte[]> pictures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pictures.add(TestFiles.png(260, 260)); // about 200 KB of noise each: 20 of them exceed the quota
        }
        assertThat(pictures.stream().mapToLong(p -> p.length).sum()).isGreaterThan(quota);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Api.Response> responses = new ArrayList<>();
        try {
            List<Callable<Api.Response>> uploads = pictures.stream()
                    .<Callable<Api.Response>>map(bytes -> () -> upload(teacher, "p.png", "image/png", bytes))
                    .toList();
            for (Future<Api.Response> future : pool.invokeAll(uploads)) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        long stored = responses.stream()
                .filter(r -> r.status() == 201)
                .mapToLong(r -> r.json().get("size").asLong())
                .sum();
        var refused = responses.stream().filter(r -> r.status() != 201).toList();
        assertThat(refused).isNotEmpty().allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(413);
            assertThat(r.json().get("code").asString()).isEqualTo("storage-quota-exceeded");
            assertThat(r.json().get("available").asLong()).isBetween(0L, quota);
        });
        assertThat(stored).isLessThanOrEqualTo(quota);
        assertThat(storageUsed(user)).isEqualTo(stored).isEqualTo(liveBytes(user));

        for (var response : responses) {
            if (response.status() == 201) {
                assertThat(teacher.delete("/api/v1/storage/" + id(response)).status())
                        .isEqualTo(204);
            }
        }
        assertThat(storageUsed(user)).isZero().isEqualTo(liveBytes(user));
        var again = upload(teacher, "p.png", "image/png", pictures.get(0));
        assertThat(again.status()).as("space is back").isEqualTo(201);
    }
}
