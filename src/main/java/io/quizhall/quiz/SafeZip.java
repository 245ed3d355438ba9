package io.quizhall.quiz;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded zip archive into memory under {@link ImportLimits}: entries are counted and inflated bytes
 * measured as they come (never trusting the sizes the headers claim), so a zip bomb is refused at the limit, also
 * one whose entries overlap.
 * Names that climb out of the archive ({@code ..}, absolute paths) and repeated names are refused too.
 */
final class SafeZip {

    private static final long RATIO_FLOOR = 1024 * 1024;

    private SafeZip() {}

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Every file entry of the archive by name, in archive order. */
    static Map<String, byte[]> read(byte[] archive, ImportLimits limits) {
        long maxTotal =
                Math.min(limits.maxUncompressedSize().toBytes(), (long) archive.length * limits.maxCompressionRatio());
        maxTotal = Math.max(
                maxTotal, Math.min(RATIO_FLOOR, limits.maxUncompressedSize().toBytes()));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[16384];
        // The central directory, as spreadsheet programs read it (entries written with data descriptors, as xlsx
        // writers do, cannot be read front to back); the file is ours and gone when we are done.
        Path file = null;
        try {
            file = Files.createTempFile("quizhall-import-", ".zip");
            Files.write(file, archive);
            try (var zip = new ZipFile(file.toFile())) {
                if (zip.size() > limits.maxEntries()) {
                    throw tooLarge(
                            "The archive has more than " + limits.maxEntries() + " entries.",
                            Map.of("maxEntries", limits.maxEntries()));
                }
                var all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    String name = entry.getName();
                    if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                        throw invalid("holds an entry with an unsafe name");
                    }
                    if (entry.isDirectory()) {
                        continue;
                    }
                    if (entries.containsKey(name)) {
                        throw invalid("holds the same entry twice");
                    }
                    var out = new ByteArrayOutputStream();
                    try (InputStream in = zip.getInputStream(entry)) {
                        int read;
                        while ((read = in.read(buffer)) > 0) {
                            total += read;
                            if (total > maxTotal) {
                                throw tooLarge(
                                        "The archive inflates to more than this server accepts (at most "
                                                + limits.maxUncompressedSize().toBytes() + " bytes, and at most "
                                                + limits.maxCompressionRatio() + " times its own size).",
                                        Map.of(
                                                "maxBytes",
                                                limits.maxUncompressedSize().toBytes()));
                            }
                            out.write(buffer, 0, read);
                        }
                    }
                    entries.put(name, out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("is not a readable zip archive");
        } finally {
            deleteQuietly(file);
        }
        if (entries.isEmpty()) {
            throw invalid("is an empty archive");
        }
        return entries;
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file; the system cleans its temp directory.
            }
        }
    }

    /** A fresh archive of checked entries, for readers that open the zip themselves. */
    static byte[] write(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    static ApiException tooLarge(String detail, Map<String, Object> properties) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, detail, properties);
    }

    private static InvalidFieldsException invalid(String message) {
        return InvalidFieldsException.of("file", message);
    }
}
