package io.quizhall.storage;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file's metadata as clients see it.
 *
 * @param filename the name it was uploaded with (shown to its owner only)
 * @param altText a description for people who cannot see the picture; plain text, escape it when shown
 * @param mimeType the type Quizhall decided from the content
 * @param size bytes
 * @param thumbhash a ThumbHash (base64) for a blurred placeholder; absent for videos and WebP images
 * @param width pixels; absent for videos
 * @param height pixels; absent for videos
 * @param url where to download it
 */
public record StoredFile(
        UUID id,
        @Nullable String filename,
        @Nullable String altText,
        String mimeType,
        long size,
        Instant uploadedAt,
        @Nullable String thumbhash,
        @Nullable Integer width,
        @Nullable Integer height,
        String url) {

    static StoredFile of(StorageItem item, boolean forOwner) {
        return new StoredFile(
                item.id(),
                forOwner ? item.filename() : null,
                item.altText(),
                item.mimeType(),
                item.size(),
                item.uploadedAt(),
                item.thumbhash(),
                item.width(),
                item.height(),
                "/api/v1/storage/" + item.id() + "/download");
    }
}
