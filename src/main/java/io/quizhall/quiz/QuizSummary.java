package io.quizhall.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a quiz list: enough to show a card, without the questions. */
public record QuizSummary(
        UUID id,
        String title,
        @Nullable String description,
        int questionCount,
        @Nullable String coverImage,
        @JsonProperty("public") boolean published,
        int views,
        int plays,
        boolean solutionsPublic,
        boolean hidden,
        @Nullable String hiddenReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static QuizSummary of(Quiz quiz) {
        return new QuizSummary(
                quiz.id(),
                quiz.title(),
                quiz.description(),
                quiz.questions().size(),
                quiz.coverImage(),
                quiz.isPublic(),
                quiz.views(),
                quiz.plays(),
                quiz.solutionsPublic(),
                quiz.hidden(),
                quiz.hiddenReason(),
                quiz.version(),
                quiz.createdAt(),
                quiz.updatedAt());
    }
}
