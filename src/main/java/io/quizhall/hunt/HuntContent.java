package io.quizhall.hunt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A hunt's settings as checked by {@link HuntValidator}: texts sanitised, times consistent, limits in range. */
record HuntContent(
        String name,
        String intro,
        String info,
        @Nullable String location,
        Instant startsAt,
        Instant endsAt,
        Instant displayStartsAt,
        Instant displayEndsAt,
        @Nullable Instant playtestStartsAt,
        @Nullable Instant playtestEndsAt,
        int teamSize,
        @Nullable String registrationField,
        @Nullable Integer submissionLimit,
        @Nullable Integer submissionWindowSeconds,
        @Nullable String prepuzzleContent,
        @Nullable String prepuzzleAnswer,
        @Nullable String prepuzzleReply) {}
