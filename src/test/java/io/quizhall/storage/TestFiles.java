package io.quizhall.storage;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real files of every accepted type, and the spoofs the storage feature must refuse, made in the test. */
public final class TestFiles {

    private static final Random RANDOM = new Random();

    private TestFiles() {}

    /** A PNG of random noise: every call gives different bytes, so dedupe never kicks in by accident. */
    public static byte[] png(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, RANDOM.nextInt(0x1000000));
            }
        }
        return write(image, "png");
    }

    static byte[] solidPng(int width, int height, Color colour) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return write(image, "png");
    }

    static byte[] jpeg(int width, int height) {
        return write(gradient(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] gif(int width, int height) {
        return write(gradient(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /**
     * A lossless WebP (VP8L) of one colour, written bit by bit after the WebP lossless bitstream specification:
     * no transforms, no colour cache, and five "simple" prefix codes of one symbol each (green, red, blue, alpha,
     * distance), so every pixel costs zero bits.
     */
    static byte[] webp(int width, int height, int red, int green, int blue) {
        var bits = new BitWriter();
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // alpha is not used
        bits.write(0, 3); // version 0
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        for (int symbol : new int[] {green, red, blue, 255}) {
            bits.write(1, 1); // simple code
            bits.write(0, 1); // one symbol
            bits.write(1, 1); // 8-bit symbol
            bits.write(symbol, 8);
        }
        bits.write(1, 1); // distance: simple code
        bits.write(0, 1); // one symbol
        bits.write(0, 1); // 1-bit symbol
        bits.write(0, 1); // symbol 0
        byte[] payload = bits.bytes();
        byte[] vp8l = new byte[1 + payload.length];
        vp8l[0] = 0x2F;
        System.arraycopy(payload, 0, vp8l, 1, payload.length);
        return riff("WEBP", chunk("VP8L", vp8l));
    }

    /** An MP4 skeleton: ftyp (isom), a movie header, and a media data box. */
    static byte[] mp4(String brand) {
        var mvhd = ByteBuffer.allocate(100);
        mvhd.putInt(0); // version, flags
        mvhd.putInt(0).putInt(0); // creation, modification
        mvhd.putInt(1000).putInt(1000); // timescale, duration: one second
        mvhd.putInt(0x00010000).putShort((short) 0x0100); // rate 1.0, volume 1.0
        mvhd.put(new byte[10]);
        for (int value : new int[] {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000}) {
            mvhd.putInt(value);
        }
        mvhd.put(new byte[24]);
        mvhd.putInt(2); // next track id
        byte[] mdat = new byte[64];
        RANDOM.nextBytes(mdat);
        return concat(
                box("ftyp", concat(ascii(brand), new byte[] {0, 0, 2, 0}, ascii("isom"), ascii("mp41"))),
                box("moov", box("mvhd", mvhd.array())),
                box("mdat", mdat));
    }

    static byte[] mp4() {
        return mp4("isom");
    }

    /** The PNG signature and then a web page. */
    static byte[] pngHeaderThenHtml() {
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                ascii("<html><body><script>alert(document.cookie)</script></body></html>"));
    }

    /** A real PNG with a web page appended after its end: a polyglot. */
    static byte[] pngThenHtml() {
        return concat(png(4, 4), ascii("<html><script>alert(1)</script></html>"));
    }

    /** A real GIF with a ZIP archive appended (the "GIFAR" trick). */
    static byte[] gifThenZip() {
        return concat(gif(4, 4), zip());
    }

    static byte[] svg() {
        return ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>");
    }

    static byte[] html() {
        return ascii("<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>");
    }

    static byte[] zip() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(html());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A decompression bomb: a well-formed grey PNG that claims {@code side × side} pixels, every one of them black,
     * which deflates to a small file (20,000² pixels, 400 MB raw, is about 400 KB).
     */
    static byte[] pngBomb(int side) {
        var ihdr = ByteBuffer.allocate(13)
                .putInt(side)
                .putInt(side)
                .put((byte) 8)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        var compressed = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[side + 1]; // filter byte 0 and a row of zeros
            for (int y = 0; y < side; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                pngChunk("IHDR", ihdr.array()),
                pngChunk("IDAT", compressed.toByteArray()),
                pngChunk("IEND", new byte[0]));
    }

    static byte[] pngChunk(String type, byte[] data) {
        var crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(ascii(type))
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    static BufferedImage gradient(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        int offset = RANDOM.nextInt(64);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color((x * 255 / width + offset) % 256, y * 255 / height, 128).getRGB());
            }
        }
        return image;
    }

    static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] box(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length)
                .putInt(8 + body.length)
                .put(ascii(type))
                .put(body)
                .array();
    }

    private static byte[] chunk(String type, byte[] data) {
        var buffer = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.put(ascii(type)).putInt(data.length).put(data);
        return buffer.array();
    }

    private static byte[] riff(String form, byte[] chunks) {
        var buffer = ByteBuffer.allocate(12 + chunks.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.put(ascii("RIFF")).putInt(4 + chunks.length).put(ascii(form)).put(chunks);
        return buffer.array();
    }

    /** Least significant bit first, as the VP8L bitstream reads. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
