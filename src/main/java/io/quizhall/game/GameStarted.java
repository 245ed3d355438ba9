package io.quizhall.game;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A live game opened its first question. Published on the node that opened it, outside any transaction. */
public record GameStarted(
        UUID gameId, @Nullable UUID quizId, UUID hostId, String mode, int players, Instant startedAt) {}
