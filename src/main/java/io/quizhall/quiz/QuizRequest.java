package io.quizhall.quiz;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of create ({@code POST}) and full-replace update ({@code PUT}). Texts are limited rich text
 * (docs/quiz-format.md); images are storage item ids.
 *
 * @param version on {@code PUT} only: the version the edit started from, if no {@code If-Match} header is sent
 */
@Schema(description = "A quiz to create, or the full new state of one to update.")
public record QuizRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-300 visible characters, rich text")
        @Nullable
        String title,

        @Schema(description = "Up to 2,000 visible characters, rich text") @Nullable
        String description,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-100 questions") @Nullable
        List<@Nullable Question> questions,

        @Schema(description = "Storage item id of the cover picture", format = "uuid") @Nullable
        String coverImage,

        @Schema(description = "#rgb or #rrggbb", example = "#1a2b3c") @Nullable
        String backgroundColor,

        @Schema(description = "Storage item id of the background picture", format = "uuid") @Nullable
        String backgroundImage,

        @Schema(description = "PUT only, if no If-Match header is sent: the version this edit started from") @Nullable
        Long version) {

    QuizDraft draft() {
        return new QuizDraft(title, description, questions, coverImage, backgroundColor, backgroundImage);
    }
}
