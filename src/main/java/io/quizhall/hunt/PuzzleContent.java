package io.quizhall.hunt;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A puzzle as checked by {@link HuntValidator}: short id upper-cased, texts sanitised, patterns compiled once. */
record PuzzleContent(
        String shortId,
        int position,
        String name,
        PuzzleType type,
        String answer,
        Answers.Flags flags,
        String content,
        List<String> pictures,
        @Nullable UUID pdfId,
        @Nullable UUID solutionId,
        List<AutoResponses.Response> responses,
        @Nullable Integer submissionLimit,
        @Nullable Integer submissionWindowSeconds) {}
