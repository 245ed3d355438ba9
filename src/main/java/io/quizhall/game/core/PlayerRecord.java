package io.quizhall.game.core;

import org.jspecify.annotations.Nullable;

/** A player of a game as Redis keeps it. */
public record PlayerRecord(String nickname, @Nullable String customField, String tokenHash, long joinedAt) {}
