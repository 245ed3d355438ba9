package io.quizhall.quiz;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The quiz inside an export document: exactly what its author wrote, nothing about views, owner or version. */
@Schema(description = "A quiz's content as exported; imported like the body of a create.")
public record ExportedQuiz(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        String title,

        @Nullable String description,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        List<@Nullable Question> questions,

        @Schema(format = "uuid") @Nullable String coverImage,
        @Nullable String backgroundColor,
        @Schema(format = "uuid") @Nullable String backgroundImage) {

    static ExportedQuiz of(QuizContent content) {
        return new ExportedQuiz(
                content.title(),
                content.description(),
                List.copyOf(content.questions()),
                content.coverImage(),
                content.backgroundColor(),
                content.backgroundImage());
    }

    QuizDraft draft() {
        return new QuizDraft(title, description, questions, coverImage, backgroundColor, backgroundImage);
    }
}
