package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A whole activity as its owner reads it, with the ABCD solutions. */
@Schema(description = "An activity with all its pages. `version` is also sent as the ETag header.")
public record ActivityDetails(
        UUID id,
        UUID ownerId,
        String title,
        List<QuizTivityPage> pages,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ActivityDetails of(QuizTivity activity) {
        return new ActivityDetails(
                activity.id(),
                activity.userId(),
                activity.title(),
                activity.pages(),
                activity.version(),
                activity.createdAt(),
                activity.updatedAt());
    }
}
