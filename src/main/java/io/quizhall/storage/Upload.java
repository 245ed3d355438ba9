package io.quizhall.storage;

import org.springframework.core.io.InputStreamSource;

/**
 * The result of an upload.
 *
 * @param file the stored file
 * @param created false when the same content was already among the user's files and that one is returned
 */
public record Upload(StoredFile file, boolean created) {

    /** What a file is uploaded for: PDFs are accepted for activities only (docs/storage.md). */
    public enum Purpose {
        QUIZ,
        ACTIVITY;

        /** The form field's value: {@code quiz} (also when absent) or {@code activity}. */
        public static Purpose of(@org.jspecify.annotations.Nullable String purpose) {
            if (purpose == null || purpose.equals("quiz")) {
                return QUIZ;
            }
            if (purpose.equals("activity")) {
                return ACTIVITY;
            }
            throw io.quizhall.shared.InvalidFieldsException.of("purpose", "must be quiz or activity");
        }
    }

    /** What the client sent: the content (readable more than once), its size, and the name it gave. */
    public record Content(
            InputStreamSource bytes,
            long size,
            @org.jspecify.annotations.Nullable String filename) {}
}
