package io.quizhall.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an organiser writes about an event, validated and sanitised ({@link EventValidator}). */
record EventContent(
        String title,
        String description,
        @Nullable String eligibility,
        @Nullable UUID quizId,
        int capacity,
        boolean curated,
        List<Times> sessions,
        @Nullable UUID specialEventId,
        List<UUID> tagIds,
        @Nullable UUID picture,
        @Nullable String ladderSlug) {

    record Times(Instant startsAt, Instant endsAt) {}
}
