package io.quizhall.results;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A player of a finished game with their final score and competition rank ("1, 2, 2, 4"). */
public record PlayerData(UUID id, String nickname, @Nullable String customField, int score, int rank) {}
