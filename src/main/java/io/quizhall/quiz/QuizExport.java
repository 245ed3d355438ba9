package io.quizhall.quiz;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A quiz in Quizhall's portable export format (docs/quiz-format.md, "Export format"). Images are referenced by
 * storage item id, not embedded.
 *
 * @param format always {@value #FORMAT}
 * @param version the format's version; this server writes and reads {@value #VERSION}
 * @param exportedAt when the document was written; ignored on import
 */
@Schema(description = "A quiz in Quizhall's versioned export format (docs/quiz-format.md).")
public record QuizExport(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = FORMAT) @Nullable
        String format,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "1") @Nullable
        Integer version,

        @Nullable Instant exportedAt,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        ExportedQuiz quiz) {

    public static final String FORMAT = "quizhall-quiz";
    public static final int VERSION = 1;

    static QuizExport of(Quiz quiz, Instant now) {
        return new QuizExport(FORMAT, VERSION, now, ExportedQuiz.of(quiz.content()));
    }
}
