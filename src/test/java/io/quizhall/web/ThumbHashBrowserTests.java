package io.quizhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quizhall.storage.ThumbHashDecoder;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web client's ThumbHash decoder (dom.js {@code thumbHashCanvas}, the placeholder behind a loading picture)
 * against the format's reference decoding (the test decoder written from the format's description): for pictures
 * uploaded through the API, with the hash the server computed, every pixel of the canvas drawn in Chromium matches
 * the reference rendering, and the placeholder looks like the picture.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThumbHashBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void theClientDrawsThePlaceholderTheHashDescribes() throws IOException {
        var teacher = accounts.newUser();
        Page page = browsers.desktop();
        page.navigate("/");
        for (var picture : List.of(
                Map.entry("quadrants.png", quadrants(64, 32)),
                Map.entry("portrait.png", quadrants(24, 60)),
                Map.entry("translucent.png", translucent(40, 40)))) {
            var uploaded =
                    teacher.upload("/api/v1/storage", picture.getKey(), "image/png", png(picture.getValue()), Map.of());
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            String hash = uploaded.json().get("thumbhash").asString();

            int[] size = new int[2];
            int[] reference = ThumbHashDecoder.render(Base64.getDecoder().decode(hash), size);
            @SuppressWarnings("unchecked")
            var drawn = (Map<String, Object>) page.evaluate("""
                    async (hash) => {
                      const { thumbHashCanvas } = await import('/js/dom.js');
                      const canvas = thumbHashCanvas(hash);
                      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                      return { width: canvas.width, height: canvas.height, pixels: Array.from(pixels) };
                    }""", hash);
            assertThat(List.of(drawn.get("width"), drawn.get("height")))
                    .as(picture.getKey() + ": size")
                    .containsExactly(size[0], size[1]);
            @SuppressWarnings("unchecked")
            var rgba = (List<Number>) drawn.get("pixels");
            for (int i = 0; i < reference.length; i++) {
                int expected = reference[i];
                int alpha = expected >>> 24;
                int[] want = {expected >> 16 & 0xFF, expected >> 8 & 0xFF, expected & 0xFF, alpha};
                for (int channel = 0; channel < 4; channel++) {
                    // Canvas pixels are stored premultiplied: colours of see-through pixels lose precision.
                    int tolerance = channel < 3 && alpha < 255 ? 2 + 255 / Math.max(1, alpha) : 2;
                    assertThat(rgba.get(i * 4 + channel).intValue())
                            .as("%s: pixel %d, channel %d", picture.getKey(), i, channel)
                            .isCloseTo(want[channel], org.assertj.core.data.Offset.offset(tolerance));
                }
            }
        }
        // The placeholder looks like the picture: red at the top left, blue at the bottom right.
        var uploaded = teacher.upload("/api/v1/storage", "q.png", "image/png", png(quadrants(64, 32)), Map.of());
        @SuppressWarnings("unchecked")
        var corners = (List<List<Number>>)
                page.evaluate("""
                async (hash) => {
                  const { thumbHashCanvas } = await import('/js/dom.js');
                  const canvas = thumbHashCanvas(hash);
                  const at = (x, y) => Array.from(canvas.getContext('2d').getImageData(x, y, 1, 1).data);
                  return [at(2, 2), at(canvas.width - 3, canvas.height - 3)];
                }""", uploaded.json().get("thumbhash").asString());
        assertThat(corners.get(0).get(0).intValue()).as("red, top left").isGreaterThan(150);
        assertThat(corners.get(0).get(2).intValue()).as("not blue, top left").isLessThan(110);
        assertThat(corners.get(1).get(2).intValue()).as("blue, bottom right").isGreaterThan(150);
        assertThat(corners.get(1).get(0).intValue()).as("not red, bottom right").isLessThan(110);
        page.context().close();
    }

    /** Red, green, yellow and blue quarters: a picture whose placeholder needs the mixed (x and y) terms. */
    private static BufferedImage quadrants(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean left = x < width / 2;
                boolean top = y < height / 2;
                int colour = top ? (left ? 0xE02020 : 0x20C040) : (left ? 0xE0C020 : 0x2040E0);
                image.setRGB(x, y, colour);
            }
        }
        return image;
    }

    /** Opaque in the middle, fading out to the edges. */
    private static BufferedImage translucent(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = (x - width / 2.0) / width;
                double dy = (y - height / 2.0) / height;
                int alpha = (int) Math.max(0, 255 - 700 * Math.sqrt(dx * dx + dy * dy));
                image.setRGB(x, y, alpha << 24 | 0x3366CC);
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
