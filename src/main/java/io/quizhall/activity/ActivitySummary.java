package io.quizhall.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of "my activities": enough to show a card, without the pages' content. */
public record ActivitySummary(
        UUID id,
        String title,
        int pageCount,
        List<String> pageTypes,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ActivitySummary of(QuizTivity activity) {
        return new ActivitySummary(
                activity.id(),
                activity.title(),
                activity.pages().size(),
                activity.pages().stream().map(ActivitySummary::typeOf).toList(),
                activity.version(),
                activity.createdAt(),
                activity.updatedAt());
    }

    private static String typeOf(QuizTivityPage page) {
        return page.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
    }
}
