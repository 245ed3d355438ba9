package io.quizhall.storage;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * A file to send: its bytes (read lazily), type, name and entity tag.
 *
 * @param etag the content's MD5 in hex; an item's bytes never change, so it is a strong validator
 */
public record FileDownload(
        Resource body, String mimeType, long size, @Nullable String filename, String etag) {}
