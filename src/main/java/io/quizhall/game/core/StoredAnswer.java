package io.quizhall.game.core;

import tools.jackson.databind.JsonNode;

/**
 * One player's answer to one question as Redis keeps it, written once by the answer script: the answer as
 * judged ({@link GameMode.Judgement#given()}), whether it was right, its points and when it arrived.
 */
public record StoredAnswer(boolean right, int points, long elapsedMs, JsonNode given) {}
