package io.quizhall.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A whole quiz as its owner, or anyone while it is public, reads it. */
@Schema(description = "A quiz with all its questions. `version` is also sent as the ETag header.")
public record QuizDetails(
        UUID id,
        UUID ownerId,
        String title,
        @Nullable String description,
        List<Question> questions,
        @Nullable String coverImage,
        @Nullable String backgroundColor,
        @Nullable String backgroundImage,
        @JsonProperty("public") boolean published,
        int views,
        int plays,
        int likes,
        int dislikes,

        @Schema(description = "Whether the public quiz page shows the right answers (the author decides)")
        boolean solutionsPublic,

        @Schema(description = "Hidden by a moderator: out of the listing and search, readable only by its owner")
        boolean hidden,

        @Nullable String hiddenReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static QuizDetails of(Quiz quiz) {
        return new QuizDetails(
                quiz.id(),
                quiz.userId(),
                quiz.title(),
                quiz.description(),
                quiz.questions(),
                quiz.coverImage(),
                quiz.backgroundColor(),
                quiz.backgroundImage(),
                quiz.isPublic(),
                quiz.views(),
                quiz.plays(),
                quiz.likes(),
                quiz.dislikes(),
                quiz.solutionsPublic(),
                quiz.hidden(),
                quiz.hiddenReason(),
                quiz.version(),
                quiz.createdAt(),
                quiz.updatedAt());
    }
}
