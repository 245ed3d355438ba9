package io.quizhall.game.core;

import java.util.Locale;

/**
 * What a game's Lua script answered. Every script replies with one of these names in lower case; they are parsed
 * here, and here alone turned into the refusal a client gets.
 */
enum ScriptOutcome {
    OK,
    GAME_NOT_FOUND,
    GAME_OVER,
    LOBBY_LOCKED,
    KICKED,
    GAME_FULL,
    NICKNAME_TAKEN,
    QUESTION_OPEN,
    QUESTION_CLOSED,
    WRONG_QUESTION,
    NO_MORE_QUESTIONS,
    ALREADY_ANSWERED,
    NOT_IN_GAME,
    QUESTION_PAUSED,
    ANSWERS_NOT_OPEN,
    NOT_PAUSED,
    /** The answer script's: a pause moved the question's opening time since the caller read it. */
    CLOCK_MOVED;

    static ScriptOutcome parse(Object reply) {
        try {
            return valueOf(reply.toString().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("A game script answered something unknown: " + reply, unknown);
        }
    }

    /** Returns for {@link #OK}; otherwise throws the refusal this outcome means. */
    void orThrow() {
        switch (this) {
            case OK -> {}
            case GAME_OVER -> throw GameExceptions.gameOver();
            case LOBBY_LOCKED -> throw GameExceptions.lobbyLocked();
            case KICKED -> throw GameExceptions.kicked();
            case GAME_FULL -> throw GameExceptions.gameFull();
            case NICKNAME_TAKEN -> throw GameExceptions.nicknameTaken();
            case QUESTION_OPEN -> throw GameExceptions.invalidAction("Close the open question first.");
            case QUESTION_CLOSED -> throw GameExceptions.questionClosed();
            case WRONG_QUESTION -> throw GameExceptions.invalidAction("Another host action came first; try again.");
            case NO_MORE_QUESTIONS -> throw GameExceptions.invalidAction("That was the last question; end the game.");
            case NOT_IN_GAME -> throw GameExceptions.notInGame();
            case GAME_NOT_FOUND -> throw GameExceptions.gameNotFound();
            case QUESTION_PAUSED -> throw GameExceptions.questionPaused();
            case ANSWERS_NOT_OPEN -> throw GameExceptions.answersNotOpen();
            case NOT_PAUSED -> throw GameExceptions.invalidAction("The question is not paused.");
            case ALREADY_ANSWERED -> throw new IllegalStateException("A repeated answer is acknowledged, not refused");
            case CLOCK_MOVED -> throw new IllegalStateException("The answer is scored again, not refused");
        }
    }
}
