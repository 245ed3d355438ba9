package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of create ({@code POST}) and full-replace update ({@code PUT}) of an activity (docs/activities.md).
 *
 * @param version on {@code PUT} only: the version the edit started from, if no {@code If-Match} header is sent
 */
@Schema(description = "An activity to create, or the full new state of one to update.")
public record ActivityRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-300 visible characters, rich text")
        @Nullable
        String title,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-50 pages") @Nullable
        List<@Nullable QuizTivityPage> pages,

        @Schema(description = "PUT only, if no If-Match header is sent: the version this edit started from") @Nullable
        Long version) {

    ActivityDraft draft() {
        return new ActivityDraft(title, pages);
    }
}
