package io.quizhall.results;

import io.quizhall.shared.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A host's change to a finished game's label: a member left out stays as it is.
 *
 * @param title a new title (limited rich text, like a quiz's title)
 * @param note a new note (plain text); an empty note removes it
 */
@StrictJson
@Schema(description = "Rename a finished game or change its note; members left out stay as they are.")
public record ResultChange(
        @Schema(description = "1-300 visible characters, rich text") @Nullable
        String title,

        @Schema(description = "Plain text up to quizhall.results.note-max-length characters; \"\" removes the note")
        @Nullable
        String note) {}
