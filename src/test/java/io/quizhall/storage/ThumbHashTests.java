package io.quizhall.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ThumbHashTests {

    @Test
    void anOpaqueSquareImageHasTheDocumentedLayout() {
        byte[] hash = ThumbHash.encode(32, 32, solid(32, 32, 0xFF336699));

        // 5 header bytes, then 27 L + 5 P + 5 Q coefficients at 4 bits: 37 nibbles in 19 bytes.
        assertThat(hash).hasSize(24);
        var header = ThumbHashDecoder.header(hash);
        assertThat(header.hasAlpha()).isFalse();
        assertThat(header.landscape()).isFalse();
        assertThat(header.lx()).isEqualTo(7);
        assertThat(header.ly()).isEqualTo(7);
        assertThat(ThumbHashDecoder.aspectRatio(hash)).isEqualTo(1.0);
    }

    @Test
    void aSolidColourDecodesToThatColourEverywhere() {
        int colour = 0xFF336699;
        byte[] hash = ThumbHash.encode(40, 20, solid(40, 20, colour));

        assertClose(ThumbHashDecoder.averageArgb(hash), colour, 3);
        int[] size = new int[2];
        for (int pixel : ThumbHashDecoder.render(hash, size)) {
            assertClose(pixel, colour, 3);
        }
    }

    @Test
    void theAspectRatioSurvivesForLandscapeAndPortrait() {
        byte[] landscape = ThumbHash.encode(100, 50, gradient(100, 50));
        byte[] portrait = ThumbHash.encode(25, 100, gradient(25, 100));

        assertThat(ThumbHashDecoder.header(landscape).landscape()).isTrue();
        assertThat(ThumbHashDecoder.aspectRatio(landscape)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.4));
        assertThat(ThumbHashDecoder.header(portrait).landscape()).isFalse();
        assertThat(ThumbHashDecoder.aspectRatio(portrait)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.1));
        int[] size = new int[2];
        ThumbHashDecoder.render(landscape, size);
        // 100 × 50 keeps 7 × 4 luminance coefficients: 7/4 is the ratio the hash can tell.
        assertThat(size).containsExactly(32, 18);
    }

    @Test
    void transparencyIsEncodedWithAnAlphaByte() {
        int[] pixels = solid(20, 20, 0xFFFF0000);
        for (int i = 0; i < pixels.length / 2; i++) {
            pixels[i] = 0x00000000;
        }
        byte[] hash = ThumbHash.encode(20, 20, pixels);

        var header = ThumbHashDecoder.header(hash);
        assertThat(header.hasAlpha()).isTrue();
        assertThat(header.lx()).isEqualTo(5);
        assertThat(header.aDc()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.07));
        // Transparent pixels are composited over the average colour, so the average stays red, not black.
        int average = ThumbHashDecoder.averageArgb(hash);
        assertThat((average >> 16) & 0xFF).isGreaterThan(230);
        assertThat((average >> 8) & 0xFF).isLessThan(25);
        // The top half renders transparent, the bottom half opaque (away from the edges, where a few cosines ring).
        int[] size = new int[2];
        int[] rendered = ThumbHashDecoder.render(hash, size);
        assertThat(rendered[size[1] / 4 * size[0]] >>> 24).isLessThan(64);
        assertThat(rendered[size[1] * 3 / 4 * size[0]] >>> 24).isGreaterThan(192);
    }

    @Test
    void aGradientRoundTripsToTheSameBrightnessTrend() {
        int[] pixels = new int[64 * 64];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                int v = x * 255 / 63;
                pixels[y * 64 + x] = 0xFF000000 | v << 16 | v << 8 | v;
            }
        }
        int[] size = new int[2];
        int[] rendered = ThumbHashDecoder.render(ThumbHash.encode(64, 64, pixels), size);

        int left = rendered[16 * size[0]] & 0xFF;
        int right = rendered[16 * size[0] + size[0] - 1] & 0xFF;
        assertThat(left).isLessThan(60);
        assertThat(right).isGreaterThan(195);
    }

    @Test
    void refusesImagesLargerThan100Pixels() {
        assertThatIllegalArgumentException().isThrownBy(() -> ThumbHash.encode(101, 10, new int[1010]));
        assertThatIllegalArgumentException().isThrownBy(() -> ThumbHash.encode(10, 10, new int[5]));
    }

    private static int[] solid(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, argb);
        return pixels;
    }

    private static int[] gradient(int width, int height) {
        BufferedImage image = TestFiles.gradient(width, height, BufferedImage.TYPE_INT_ARGB);
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    private static void assertClose(int actual, int expected, int tolerance) {
        for (int shift = 0; shift <= 24; shift += 8) {
            assertThat((actual >>> shift) & 0xFF)
                    .as("channel at bit %d of %s", shift, new Color(actual, true))
                    .isCloseTo((expected >>> shift) & 0xFF, org.assertj.core.data.Offset.offset(tolerance));
        }
    }
}
