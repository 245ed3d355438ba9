package io.quizhall.account;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads an image's width and height from its header without decoding the pixels, so a small file that claims a
 * huge size (a decompression bomb) is refused before it can take memory.
 */
final class ImageDimensions {

    private ImageDimensions() {}

    record Size(int width, int height) {}

    static Optional<Size> of(byte[] bytes, String mediaType) {
        return "image/webp".equals(mediaType) ? webp(bytes) : viaImageIo(bytes);
    }

    private static Optional<Size> viaImageIo(byte[] bytes) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** RIFF container: a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk at byte 12 carries the size. */
    private static Optional<Size> webp(byte[] b) {
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(b, 12, "VP8X")) {
            return Optional.of(new Size(1 + u24(b, 24), 1 + u24(b, 27)));
        }
        if (ascii(b, 12, "VP8L") && (b[20] & 0xff) == 0x2f) {
            int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
            return Optional.of(new Size(1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff)));
        }
        if (ascii(b, 12, "VP8 ") && (b[23] & 0xff) == 0x9d && (b[24] & 0xff) == 0x01 && (b[25] & 0xff) == 0x2a) {
            return Optional.of(new Size(u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff));
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] b, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8;
    }

    private static int u24(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8 | (b[offset + 2] & 0xff) << 16;
    }
}
