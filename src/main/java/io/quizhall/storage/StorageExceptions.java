package io.quizhall.storage;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.util.Map;
import java.util.UUID;

/** The errors an upload or a file request can end in, each with its problem type (docs/storage.md). */
final class StorageExceptions {

    private StorageExceptions() {}

    static NotFoundException notFound(UUID id) {
        return NotFoundException.forId("file", id);
    }

    static ApiException unsupportedType() {
        return new ApiException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Upload a PNG, JPEG, GIF or WebP image or an MP4 video (activities also take PDFs). The type is"
                        + " read from the file's content.");
    }

    static ApiException malformed(String mediaType) {
        return new ApiException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The file starts like " + mediaType + " but is not a well-formed " + mediaType
                        + " file (damaged, or with other data mixed in).");
    }

    static ApiException tooLarge(String kind, long maxBytes) {
        return new ApiException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "A" + (kind.equals("image") ? "n " : " ") + kind + " may have at most " + maxBytes + " bytes.",
                Map.of("maxBytes", maxBytes));
    }

    /** A PDF that is readable but not acceptable: encrypted, or with scripts, actions or attachments. */
    static ApiException pdfRefused(String reason) {
        return new ApiException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "This PDF cannot be used: " + reason + ". Save it again without it (for example with your viewer's"
                        + " \"Print to PDF\") and upload that.");
    }

    static ApiException tooManyPages(int maxPages) {
        return new ApiException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "A PDF may have at most " + maxPages + " pages.",
                Map.of("maxPages", maxPages));
    }

    static ApiException tooManyPixels(long maxPixels) {
        return new ApiException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "An image may have at most " + maxPixels + " pixels (width × height).",
                Map.of("maxPixels", maxPixels));
    }

    static ApiException quotaExceeded(long size, long used, long quota) {
        long available = Math.max(0, quota - used);
        return new ApiException(
                ProblemType.STORAGE_QUOTA_EXCEEDED,
                "This file needs " + size + " bytes but only " + available + " of your " + quota
                        + " bytes are left. Delete files you no longer need.",
                Map.of("size", size, "used", used, "quota", quota, "available", available));
    }
}
