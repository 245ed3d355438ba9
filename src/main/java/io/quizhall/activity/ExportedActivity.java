package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The activity inside an export document: exactly what its author wrote, nothing about owner, shares or version. */
@Schema(description = "An activity's content as exported; imported like the body of a create.")
public record ExportedActivity(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        String title,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        List<@Nullable QuizTivityPage> pages) {

    static ExportedActivity of(ActivityContent content) {
        return new ExportedActivity(content.title(), List.copyOf(content.pages()));
    }

    ActivityDraft draft() {
        return new ActivityDraft(title, pages);
    }
}
