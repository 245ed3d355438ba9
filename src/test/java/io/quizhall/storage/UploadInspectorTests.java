package io.quizhall.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.ProblemType;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

/** The type decided by content, the structure checked to the last byte, the limits applied before decoding. */
class UploadInspectorTests {

    static StorageProperties defaults() {
        return new StorageProperties(
                StorageProperties.Backend.LOCAL,
                null,
                new StorageProperties.S3(null, "us-east-1", "quizhall", "", null, null, false, false),
                DataSize.ofGigabytes(1),
                DataSize.ofMegabytes(10),
                DataSize.ofMegabytes(50),
                40_000_000,
                1000,
                Duration.ofDays(1),
                Duration.ofHours(1),
                DataSize.ofMegabytes(20),
                200);
    }

    private final UploadInspector inspector = new UploadInspector(defaults());

    private UploadInspector.Inspection inspect(byte[] bytes) throws IOException {
        return inspector.inspect(new ByteArrayResource(bytes), bytes.length);
    }

    @Test
    void acceptsEachAllowedTypeAndReadsItsShape() throws IOException {
        var png = inspect(TestFiles.png(30, 20));
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(30);
        assertThat(png.height()).isEqualTo(20);
        assertThat(png.md5()).hasSize(16);
        assertThat(Base64.getDecoder().decode(png.thumbhash())).hasSizeGreaterThan(5);

        var jpeg = inspect(TestFiles.jpeg(640, 480));
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(jpeg.width()).isEqualTo(640);
        assertThat(jpeg.height()).isEqualTo(480);
        assertThat(ThumbHashDecoder.header(Base64.getDecoder().decode(jpeg.thumbhash()))
                        .landscape())
                .isTrue();

        var gif = inspect(TestFiles.gif(12, 34));
        assertThat(gif.mediaType()).isEqualTo("image/gif");
        assertThat(gif.width()).isEqualTo(12);
        assertThat(gif.height()).isEqualTo(34);
        assertThat(gif.thumbhash()).isNotNull();

        var webp = inspect(TestFiles.webp(300, 200, 10, 200, 30));
        assertThat(webp.mediaType()).isEqualTo("image/webp");
        assertThat(webp.width()).isEqualTo(300);
        assertThat(webp.height()).isEqualTo(200);
        assertThat(webp.thumbhash()).as("Java cannot decode WebP").isNull();

        var mp4 = inspect(TestFiles.mp4());
        assertThat(mp4.mediaType()).isEqualTo("video/mp4");
        assertThat(mp4.width()).isNull();
        assertThat(inspect(TestFiles.mp4("mp42")).mediaType()).isEqualTo("video/mp4");
    }

    @Test
    void aThumbHashKeepsTheImagesColour() throws IOException {
        var inspection = inspect(TestFiles.solidPng(500, 250, new java.awt.Color(200, 40, 40)));
        byte[] hash = Base64.getDecoder().decode(inspection.thumbhash());
        int average = ThumbHashDecoder.averageArgb(hash);
        assertThat((average >> 16) & 0xFF).isCloseTo(200, org.assertj.core.data.Offset.offset(6));
        assertThat((average >> 8) & 0xFF).isCloseTo(40, org.assertj.core.data.Offset.offset(6));
        assertThat(ThumbHashDecoder.aspectRatio(hash)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.4));
    }

    static Object[][] spoofs() {
        return new Object[][] {
            {"a PNG header followed by HTML", TestFiles.pngHeaderThenHtml()},
            {"a PNG with HTML after its end", TestFiles.pngThenHtml()},
            {"a GIF with a ZIP appended", TestFiles.gifThenZip()},
            {"an SVG", TestFiles.svg()},
            {"an HTML page", TestFiles.html()},
            {"a ZIP archive", TestFiles.zip()},
            {"a QuickTime movie", TestFiles.mp4("qt  ")},
            {"a truncated JPEG", java.util.Arrays.copyOf(TestFiles.jpeg(64, 64), 300)},
            {"a JPEG with a script after its end", TestFiles.concat(TestFiles.jpeg(8, 8), TestFiles.html())},
            {"a WebP whose RIFF size lies", TestFiles.concat(TestFiles.webp(4, 4, 1, 2, 3), new byte[] {0, 0})},
            {"an MP4 with a page appended", TestFiles.concat(TestFiles.mp4(), TestFiles.html())},
            {"plain text", TestFiles.ascii("just some text")},
        };
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("spoofs")
    void refusesSpoofsAndPolyglots(String what, byte[] bytes) {
        assertThatThrownBy(() -> inspect(bytes))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE));
    }

    @Test
    void refusesADecompressionBombBeforeDecodingIt() {
        byte[] bomb = TestFiles.pngBomb(20_000);
        assertThat(bomb.length).as("a small file").isLessThan(1_000_000);
        long before = usedMemory();

        assertThatThrownBy(() -> inspect(bomb)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
            assertThat(e.properties()).containsEntry("maxPixels", 40_000_000L);
        });
        // 400 million pixels decoded would need at least 400 MB; nothing near that was allocated.
        assertThat(usedMemory() - before).isLessThan(200L * 1024 * 1024);
    }

    @Test
    void refusesFilesOverTheSizeLimitOfTheirKind() {
        byte[] big = TestFiles.concat(TestFiles.png(2, 2), new byte[11 * 1024 * 1024]);
        assertThatThrownBy(() -> inspect(big)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
            assertThat(e.properties()).containsEntry("maxBytes", 10L * 1024 * 1024);
        });
    }

    @Test
    void identicalContentHasTheSameMd5() throws IOException {
        byte[] png = TestFiles.png(8, 8);
        assertThat(inspect(png).md5()).isEqualTo(inspect(png.clone()).md5());
        assertThat(inspect(png).md5()).isNotEqualTo(inspect(TestFiles.png(8, 8)).md5());
    }

    @Test
    void filenamesLoseTheirPathsAndControlCharacters() {
        assertThat(StorageService.cleanFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(StorageService.cleanFilename("C:\\Users\\ada\\cat.png")).isEqualTo("cat.png");
        assertThat(StorageService.cleanFilename("evil\u202Egnp.exe")).isEqualTo("evil gnp.exe");
        assertThat(StorageService.cleanFilename("   ")).isNull();
        assertThat(StorageService.cleanFilename("x".repeat(300))).hasSize(255);
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
