package io.quizhall.storage;

import io.quizhall.shared.FileFormats;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is, from its bytes alone, with the shared inspector ({@link FileFormats}: the type from
 * the content, then the whole file checked against that type); the storage limits are applied before any pixel
 * is decoded. Then it takes the MD5 and, for images it can decode, a ThumbHash.
 */
@Component
class UploadInspector {

    private static final Logger log = LoggerFactory.getLogger(UploadInspector.class);

    /** PDFs are accepted for activities only, and checked by {@link PdfChecks}. */
    static final String PDF = "application/pdf";

    /** Every type accepted for any purpose and whether it is an image (else a video). */
    static final Map<String, Boolean> ACCEPTED =
            Map.of("image/png", true, "image/jpeg", true, "image/gif", true, "image/webp", true, "video/mp4", false);

    /** Decoded for the ThumbHash no larger than this on either side, then scaled to at most 100 × 100. */
    private static final int SAMPLE_SIDE = 400;

    private final StorageProperties properties;

    UploadInspector(StorageProperties properties) {
        this.properties = properties;
    }

    /** What an accepted upload is. */
    record Inspection(
            String mediaType,
            long size,
            byte[] md5,
            @Nullable Integer width,
            @Nullable Integer height,
            @Nullable String thumbhash) {}

    Inspection inspect(InputStreamSource content, long size) throws IOException {
        return inspect(content, size, false);
    }

    /** @param pdfAllowed whether a PDF is welcome: only uploads for activities (docs/storage.md) */
    Inspection inspect(InputStreamSource content, long size, boolean pdfAllowed) throws IOException {
        String mediaType = FileFormats.detect(content);
        if (mediaType.equals(PDF) && pdfAllowed) {
            return inspectPdf(content, size);
        }
        Boolean image = ACCEPTED.get(mediaType);
        if (image == null) {
            throw StorageExceptions.unsupportedType();
        }
        long max = image
                ? properties.maxImageSize().toBytes()
                : properties.maxVideoSize().toBytes();
        if (size > max) {
            throw StorageExceptions.tooLarge(image ? "image" : "video", max);
        }
        MessageDigest md5 = md5();
        FileFormats.Shape shape;
        try (InputStream in = new DigestInputStream(content.getInputStream(), md5)) {
            shape = FileFormats.check(mediaType, in);
        } catch (FileFormats.MalformedFileException | java.io.EOFException e) {
            throw StorageExceptions.malformed(mediaType);
        }
        if (image && shape.largestArea() > properties.maxImagePixels()) {
            throw StorageExceptions.tooManyPixels(properties.maxImagePixels());
        }
        String thumbhash = image ? thumbhash(content, mediaType) : null;
        return new Inspection(mediaType, size, md5.digest(), shape.width(), shape.height(), thumbhash);
    }

    /**
     * A PDF within the size limit whose structure pdfbox can read, with at most the allowed pages, not encrypted and
     * without active content (scripts, launch actions, forms that submit, attachments): see {@link PdfChecks}.
     */
    private Inspection inspectPdf(InputStreamSource content, long size) throws IOException {
        long max = properties.maxPdfSize().toBytes();
        if (size > max) {
            throw StorageExceptions.tooLarge("PDF", max);
        }
        MessageDigest md5 = md5();
        try (InputStream in = new DigestInputStream(content.getInputStream(), md5)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        PdfChecks.check(content, properties.maxPdfPages());
        return new Inspection(PDF, size, md5.digest(), null, null, null);
    }

    /**
     * The ThumbHash of an image Java can decode (PNG, JPEG, GIF; not WebP), read subsampled so memory stays small
     * whatever the image's size. A PNG or GIF that does not decode is refused; a JPEG may use a colour model
     * ImageIO lacks (CMYK), so it is kept without a ThumbHash.
     */
    private @Nullable String thumbhash(InputStreamSource content, String mediaType) throws IOException {
        if (mediaType.equals("image/webp")) {
            return null;
        }
        BufferedImage sample;
        try {
            sample = readSubsampled(content);
        } catch (IOException | RuntimeException e) {
            if (mediaType.equals("image/jpeg")) {
                log.debug("JPEG kept without a ThumbHash: {}", e.toString());
                return null;
            }
            throw StorageExceptions.malformed(mediaType);
        }
        BufferedImage small = fitInto(sample, ThumbHash.MAX_SIDE);
        int[] argb = small.getRGB(0, 0, small.getWidth(), small.getHeight(), null, 0, small.getWidth());
        return Base64.getEncoder().encodeToString(ThumbHash.encode(small.getWidth(), small.getHeight(), argb));
    }

    private static BufferedImage readSubsampled(InputStreamSource content) throws IOException {
        try (InputStream in = content.getInputStream();
                ImageInputStream images = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
            if (!readers.hasNext()) {
                throw new IOException("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(images, true, true);
                int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, (int) Math.ceil((double) longer / SAMPLE_SIDE));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage fitInto(BufferedImage image, int side) {
        double factor = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        var scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }

    private static MessageDigest md5() {
        try {
            // MD5 only finds a user's own duplicates (docs/schema.md); it is not a security boundary.
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
