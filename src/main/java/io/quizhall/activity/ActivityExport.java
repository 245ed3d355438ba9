package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An activity in Quizhall's portable export format (docs/activities.md, "Export format"): the same envelope as a
 * quiz export ({@code io.quizhall.shared.ExportEnvelope}), with the content in {@code activity}. Pictures and PDFs
 * are referenced by storage item id, not embedded.
 */
@Schema(description = "An activity in Quizhall's versioned export format (docs/activities.md).")
public record ActivityExport(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = FORMAT) @Nullable
        String format,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "1") @Nullable
        Integer version,

        @Nullable Instant exportedAt,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        ExportedActivity activity) {

    public static final String FORMAT = "quizhall-activity";
    public static final int VERSION = 1;

    static ActivityExport of(QuizTivity activity, Instant now) {
        return new ActivityExport(FORMAT, VERSION, now, ExportedActivity.of(activity.content()));
    }
}
