package io.quizhall.results;

/**
 * One player's answer to one question of a finished game.
 *
 * @param question the index of the question in the game's question list
 * @param username the player's nickname
 * @param answer the answer as the player gave it (an option index, a number, a text, an order)
 * @param right whether it was judged right (always false for VOTING)
 * @param timeTakenMs milliseconds from the question opening to the answer, by the server's clock
 * @param score points awarded, never negative
 */
public record AnswerData(int question, String username, String answer, boolean right, long timeTakenMs, int score) {}
