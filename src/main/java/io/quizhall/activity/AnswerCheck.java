package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** @param answer the index (from 0) of the option the learner chose on an ABCD page */
@Schema(description = "The option a learner chose on an ABCD page, by its index from 0.")
public record AnswerCheck(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        Integer answer) {}
