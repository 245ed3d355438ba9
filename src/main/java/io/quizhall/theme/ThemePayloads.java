package io.quizhall.theme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the special events' and subject tags' API reads and writes (docs/events.md). */
public final class ThemePayloads {

    private ThemePayloads() {}

    /**
     * A special event. {@code name} and {@code description} are limited rich text (sanitised); {@code colour} is
     * {@code #rrggbb}; {@code active}: whether organisers and authors may choose it for something new.
     */
    public record SpecialEventView(
            UUID id,
            String name,
            String emoji,
            @Schema(example = "#2a6f97") String colour,
            String description,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {}

    /** An administrator's new or changed special event; {@code active} is true when absent. */
    public record SpecialEventRequest(
            @Nullable String name,
            @Nullable String emoji,
            @Nullable @Schema(example = "#2a6f97") String colour,
            @Nullable String description,
            @Nullable Boolean active) {}

    /** A subject tag; {@code name} is limited rich text. */
    public record SubjectTagView(UUID id, String name) {}

    public record SubjectTagRequest(@Nullable String name) {}
}
