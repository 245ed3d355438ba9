package io.quizhall.quiz;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quiz as a client sent it, before validation: any field may be missing. */
record QuizDraft(
        @Nullable String title,
        @Nullable String description,
        @Nullable List<@Nullable Question> questions,
        @Nullable String coverImage,
        @Nullable String backgroundColor,
        @Nullable String backgroundImage) {}
