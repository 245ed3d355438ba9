package io.quizhall.results;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the results list is narrowed to; every part is optional.
 *
 * @param quizId only games of this quiz
 * @param from only games that ended at or after this instant
 * @param to only games that ended before this instant
 * @param title only games whose title contains this text, ignoring case
 */
public record ResultFilter(
        @Nullable UUID quizId,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String title) {

    /** Bounds PostgreSQL stores exactly, standing in for "no bound". */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    Instant fromOrEarliest() {
        return from == null ? EARLIEST : from;
    }

    Instant toOrLatest() {
        return to == null ? LATEST : to;
    }

    /** A LIKE pattern that matches the title text literally ({@code %} and {@code _} escaped). */
    String titlePattern() {
        String text = title == null ? "" : title.strip().toLowerCase(java.util.Locale.ROOT);
        return io.quizhall.shared.SqlLike.containing(text);
    }
}
