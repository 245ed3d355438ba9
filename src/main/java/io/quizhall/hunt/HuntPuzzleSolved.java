package io.quizhall.hunt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A team solved a puzzle of a hunt (published once per team and puzzle, in the transaction that recorded it).
 * {@code members}: the team's members at that moment; {@code solvedBy}: who sent the answer.
 */
public record HuntPuzzleSolved(
        UUID huntId,
        UUID teamId,
        UUID puzzleId,
        String shortId,
        PuzzleType type,
        @Nullable UUID solvedBy,
        List<UUID> members,
        Instant at) {}
