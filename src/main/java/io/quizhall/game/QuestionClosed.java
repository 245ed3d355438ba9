package io.quizhall.game;

import java.time.Instant;
import java.util.UUID;

/**
 * A question of a live game closed (deadline, everyone answered, the host, or the end). Published once per
 * question, on the node that closed it, outside any transaction: a listener that needs every one of these must
 * not rely on a node staying up (the game's state in Redis, and {@link GameFinished}, are the durable record).
 *
 * @param index the question's index as played
 * @param answered answers recorded for it
 * @param right answers judged right
 * @param players players in the game when it closed
 */
public record QuestionClosed(
        UUID gameId, UUID hostId, int index, int answered, int right, int players, Instant closedAt) {}
