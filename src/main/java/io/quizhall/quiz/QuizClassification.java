package io.quizhall.quiz;

import io.quizhall.theme.ThemePayloads.SpecialEventView;
import io.quizhall.theme.ThemePayloads.SubjectTagView;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a quiz belongs: its special event and subject tags (docs/events.md, "Special events and subject tags").
 *
 * @param specialEvent the special event, or null
 * @param tags the subject tags, by name
 */
public record QuizClassification(@Nullable SpecialEventView specialEvent, List<SubjectTagView> tags) {

    /** What the author sets: {@code specialEventId} null for none, {@code tagIds} empty or absent for none. */
    public record Request(
            @Nullable UUID specialEventId, @Nullable List<@Nullable UUID> tagIds) {}
}
