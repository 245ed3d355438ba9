package io.quizhall.shared;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * The one whole-file inspector for everything users upload (files in storage, avatars): {@link #detect} names the
 * type from the content with Apache Tika, never from the client's Content-Type or file name, and {@link #check}
 * walks the file's structure the way its format defines it (PNG chunks, JPEG segments, GIF blocks, RIFF chunks,
 * MP4 boxes) and insists that the structure covers the whole file, byte for byte. Magic bytes alone say little: a
 * PNG signature followed by HTML, or an image with a ZIP archive or a script appended (a polyglot), passes a
 * sniffer but fails here. Reads the header's dimensions on the way, without decoding a single pixel.
 */
public final class FileFormats {

    private static final Tika TIKA = new Tika();

    /** ISO base media brands that make a file MP4 (Tika knows only mp41 and mp42; encoders mostly write isom). */
    private static final Set<String> MP4_BRANDS = Set.of(
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "mp41", "mp42", "avc1", "dash");

    private FileFormats() {}

    /** The file is not a well-formed file of the type its first bytes claim. */
    public static final class MalformedFileException extends Exception {
        MalformedFileException(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The media type the content starts like, for example {@code image/png}. Tika calls every ISO base media file
     * QuickTime unless its major brand is mp41/mp42: an {@code ftyp} box whose major brand is an MP4 brand makes it
     * MP4; a QuickTime movie ({@code qt  }) stays QuickTime.
     */
    public static String detect(InputStreamSource content) throws IOException {
        String mediaType;
        try (InputStream in = content.getInputStream()) {
            mediaType = TIKA.detect(in);
        }
        return mediaType.equals("video/quicktime") && isMp4(content) ? "video/mp4" : mediaType;
    }

    private static boolean isMp4(InputStreamSource content) throws IOException {
        try (InputStream in = content.getInputStream()) {
            byte[] head = in.readNBytes(12);
            if (head.length < 12) {
                return false;
            }
            return fourCc(Arrays.copyOfRange(head, 4, 8)).equals("ftyp")
                    && MP4_BRANDS.contains(fourCc(Arrays.copyOfRange(head, 8, 12)));
        }
    }

    /**
     * What the header says about the picture.
     *
     * @param width the canvas width, or null for videos
     * @param height the canvas height, or null for videos
     * @param largestArea the largest area (pixels) a decoder would allocate for one frame or the canvas
     */
    public record Shape(@Nullable Integer width, @Nullable Integer height, long largestArea) {

        static Shape of(long width, long height) throws MalformedFileException {
            if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
                throw new MalformedFileException("impossible dimensions");
            }
            return new Shape((int) width, (int) height, width * height);
        }

        Shape withFrame(long width, long height) {
            return new Shape(this.width, this.height, Math.max(largestArea, width * height));
        }
    }

    /**
     * Checks that the whole stream is one well-formed file of {@code mediaType} (PNG, JPEG, GIF, WebP or MP4) and
     * returns its shape; running out of bytes early is a {@link java.io.EOFException}.
     */
    public static Shape check(String mediaType, InputStream stream) throws IOException, MalformedFileException {
        var in = new Reader(stream);
        Shape shape = switch (mediaType) {
            case "image/png" -> png(in);
            case "image/jpeg" -> jpeg(in);
            case "image/gif" -> gif(in);
            case "image/webp" -> webp(in);
            case "video/mp4" -> mp4(in);
            default -> throw new MalformedFileException("not a type we check");
        };
        if (!in.atEnd()) {
            throw new MalformedFileException("data after the end of the " + mediaType + " file");
        }
        return shape;
    }

    // --- PNG: signature, IHDR first, chunks with valid CRCs, IEND last ---

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static Shape png(Reader in) throws IOException, MalformedFileException {
        in.expect(PNG_SIGNATURE);
        Shape shape = null;
        while (true) {
            long length = in.u32be();
            if (length > Integer.MAX_VALUE) {
                throw new MalformedFileException("chunk too long");
            }
            byte[] type = in.bytes(4);
            String name = fourCc(type);
            var crc = new CRC32();
            crc.update(type);
            if (shape == null) {
                if (!name.equals("IHDR") || length != 13) {
                    throw new MalformedFileException("IHDR must come first");
                }
                byte[] header = in.bytes(13);
                crc.update(header);
                shape = Shape.of(u32be(header, 0), u32be(header, 4));
            } else {
                in.copyTo(crc, length);
            }
            if (in.u32be() != crc.getValue()) {
                throw new MalformedFileException("chunk checksum mismatch");
            }
            if (name.equals("IEND")) {
                return shape;
            }
        }
    }

    // --- JPEG: SOI, marker segments, entropy-coded scans, EOI last ---

    private static Shape jpeg(Reader in) throws IOException, MalformedFileException {
        if (in.u8() != 0xFF || in.u8() != 0xD8) {
            throw new MalformedFileException("no start of image");
        }
        Shape shape = null;
        boolean scanned = false;
        int marker = nextMarker(in);
        while (true) {
            if (marker == 0xD9) {
                if (shape == null || !scanned) {
                    throw new MalformedFileException("no frame or no scan before the end of image");
                }
                return shape;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                marker = nextMarker(in);
                continue;
            }
            int length = in.u16be();
            if (length < 2) {
                throw new MalformedFileException("segment too short");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 8) {
                    throw new MalformedFileException("frame header too short");
                }
                in.u8(); // sample precision
                int height = in.u16be();
                int width = in.u16be();
                in.skip(length - 7);
                shape = shape == null ? Shape.of(width, height) : shape.withFrame(width, height);
            } else {
                in.skip(length - 2);
            }
            if (marker == 0xDA) {
                if (shape == null) {
                    throw new MalformedFileException("scan before frame header");
                }
                scanned = true;
                marker = afterScan(in);
            } else {
                marker = nextMarker(in);
            }
        }
    }

    private static int nextMarker(Reader in) throws IOException, MalformedFileException {
        if (in.u8() != 0xFF) {
            throw new MalformedFileException("expected a marker");
        }
        int marker = in.u8();
        while (marker == 0xFF) {
            marker = in.u8();
        }
        if (marker == 0x00) {
            throw new MalformedFileException("expected a marker");
        }
        return marker;
    }

    /** Skips entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte), a restart marker, or the next marker. */
    private static int afterScan(Reader in) throws IOException {
        while (true) {
            if (in.u8() != 0xFF) {
                continue;
            }
            int next = in.u8();
            while (next == 0xFF) {
                next = in.u8();
            }
            if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                return next;
            }
        }
    }

    // --- GIF: header, screen descriptor, blocks, trailer last ---

    private static Shape gif(Reader in) throws IOException, MalformedFileException {
        String version = new String(in.bytes(6), StandardCharsets.US_ASCII);
        if (!version.equals("GIF87a") && !version.equals("GIF89a")) {
            throw new MalformedFileException("not a GIF header");
        }
        Shape shape = Shape.of(in.u16le(), in.u16le());
        int packed = in.u8();
        in.skip(2);
        if ((packed & 0x80) != 0) {
            in.skip(3L * (1 << ((packed & 7) + 1)));
        }
        boolean image = false;
        while (true) {
            int introducer = in.u8();
            switch (introducer) {
                case 0x2C -> {
                    in.skip(4); // left, top
                    int width = in.u16le();
                    int height = in.u16le();
                    int flags = in.u8();
                    if (width == 0 || height == 0) {
                        throw new MalformedFileException("empty frame");
                    }
                    shape = shape.withFrame(width, height);
                    if ((flags & 0x80) != 0) {
                        in.skip(3L * (1 << ((flags & 7) + 1)));
                    }
                    int codeSize = in.u8();
                    if (codeSize < 2 || codeSize > 11) {
                        throw new MalformedFileException("bad LZW code size");
                    }
                    subBlocks(in);
                    image = true;
                }
                case 0x21 -> {
                    in.u8(); // extension label
                    subBlocks(in);
                }
                case 0x3B -> {
                    if (!image) {
                        throw new MalformedFileException("no image");
                    }
                    return shape;
                }
                default -> throw new MalformedFileException("unknown block");
            }
        }
    }

    private static void subBlocks(Reader in) throws IOException {
        int size;
        while ((size = in.u8()) != 0) {
            in.skip(size);
        }
    }

    // --- WebP: RIFF container whose size matches the file, chunks that fill it exactly ---

    private static Shape webp(Reader in) throws IOException, MalformedFileException {
        if (!fourCc(in.bytes(4)).equals("RIFF")) {
            throw new MalformedFileException("not RIFF");
        }
        long riffSize = in.u32le();
        if (!fourCc(in.bytes(4)).equals("WEBP") || riffSize < 4 + 8) {
            throw new MalformedFileException("not WEBP");
        }
        long remaining = riffSize - 4;
        Shape shape = null;
        while (remaining > 0) {
            if (remaining < 8) {
                throw new MalformedFileException("truncated chunk");
            }
            String name = fourCc(in.bytes(4));
            long size = in.u32le();
            long padded = size + (size & 1);
            remaining -= 8;
            if (padded > remaining) {
                throw new MalformedFileException("chunk longer than the file");
            }
            if (shape == null) {
                shape = webpShape(in, name, size);
                in.skip(padded - Math.min(size, webpHeaderLength(name)));
            } else {
                in.skip(padded);
            }
            remaining -= padded;
        }
        if (shape == null) {
            throw new MalformedFileException("no image chunk");
        }
        return shape;
    }

    private static long webpHeaderLength(String chunk) {
        return switch (chunk) {
            case "VP8X" -> 10;
            case "VP8L" -> 5;
            default -> 10;
        };
    }

    private static Shape webpShape(Reader in, String chunk, long size) throws IOException, MalformedFileException {
        if (size < webpHeaderLength(chunk)) {
            throw new MalformedFileException("image chunk too short");
        }
        switch (chunk) {
            case "VP8X" -> {
                in.skip(4);
                return Shape.of(1 + in.u24le(), 1 + in.u24le());
            }
            case "VP8L" -> {
                if (in.u8() != 0x2F) {
                    throw new MalformedFileException("bad VP8L signature");
                }
                long bits = in.u32le();
                return Shape.of(1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF));
            }
            case "VP8 " -> {
                in.skip(3);
                if (in.u8() != 0x9D || in.u8() != 0x01 || in.u8() != 0x2A) {
                    throw new MalformedFileException("bad VP8 start code");
                }
                return Shape.of(in.u16le() & 0x3FFF, in.u16le() & 0x3FFF);
            }
            default -> throw new MalformedFileException("the first chunk must be VP8, VP8L or VP8X");
        }
    }

    // --- MP4 (ISO base media): top-level boxes that add up to the file, ftyp first, a moov somewhere ---

    private static Shape mp4(Reader in) throws IOException, MalformedFileException {
        boolean first = true;
        boolean movie = false;
        while (!in.atEnd()) {
            long size = in.u32be();
            String type = fourCc(in.bytes(4));
            long header = 8;
            if (size == 1) {
                size = in.u64be();
                header = 16;
            } else if (size == 0) {
                throw new MalformedFileException("boxes must say their size");
            }
            if (size < header || !printable(type)) {
                throw new MalformedFileException("bad box");
            }
            if (first && !type.equals("ftyp")) {
                throw new MalformedFileException("ftyp must come first");
            }
            first = false;
            movie |= type.equals("moov");
            in.skip(size - header);
        }
        if (first || !movie) {
            throw new MalformedFileException("no movie box");
        }
        return new Shape(null, null, 0);
    }

    private static boolean printable(String type) {
        return type.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    private static String fourCc(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static long u32be(byte[] b, int offset) {
        return ((long) (b[offset] & 0xFF) << 24)
                | ((b[offset + 1] & 0xFF) << 16)
                | ((b[offset + 2] & 0xFF) << 8)
                | (b[offset + 3] & 0xFF);
    }

    /** A buffered stream with the few readers the formats need; running out of bytes is a malformed file. */
    private static final class Reader {

        private final InputStream in;
        private final byte[] buffer = new byte[8192];

        Reader(InputStream in) {
            this.in = new BufferedInputStream(in, 65536);
        }

        int u8() throws IOException {
            int value = in.read();
            if (value < 0) {
                throw new EOFException();
            }
            return value;
        }

        int u16be() throws IOException {
            return u8() << 8 | u8();
        }

        int u16le() throws IOException {
            return u8() | u8() << 8;
        }

        int u24le() throws IOException {
            return u8() | u8() << 8 | u8() << 16;
        }

        long u32be() throws IOException {
            return ((long) u16be() << 16) | u16be();
        }

        long u32le() throws IOException {
            return u16le() | ((long) u16le() << 16);
        }

        long u64be() throws IOException {
            return (u32be() << 32) | u32be();
        }

        byte[] bytes(int count) throws IOException {
            byte[] bytes = in.readNBytes(count);
            if (bytes.length < count) {
                throw new EOFException();
            }
            return bytes;
        }

        void expect(byte[] expected) throws IOException, MalformedFileException {
            if (!java.util.Arrays.equals(bytes(expected.length), expected)) {
                throw new MalformedFileException("wrong signature");
            }
        }

        /** Reads rather than skips: some streams skip past their end without saying so. */
        void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new EOFException();
                }
                left -= read;
            }
        }

        void copyTo(CRC32 crc, long count) throws IOException {
            long left = count;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new EOFException();
                }
                crc.update(buffer, 0, read);
                left -= read;
            }
        }

        /** Whether the stream has no more bytes; consumes nothing. */
        boolean atEnd() throws IOException {
            in.mark(1);
            boolean end = in.read() < 0;
            in.reset();
            return end;
        }
    }
}
