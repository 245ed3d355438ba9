package io.quizhall.game.core;

/** Where a game is: {@code LOBBY → QUESTION_OPEN → QUESTION_CLOSED → QUESTION_OPEN → … → FINISHED}. */
public enum GameStatus {
    LOBBY,
    QUESTION_OPEN,
    QUESTION_CLOSED,
    FINISHED
}
