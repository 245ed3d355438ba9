package io.quizhall.ladder;

/** Where a run stands; every status but {@code ACTIVE} is final. */
public enum RunStatus {
    ACTIVE,
    /** Answered the last level right: the top prize. */
    WON,
    /** Answered wrong: the last safe prize. */
    WRONG,
    /** No answer by the deadline: the last safe prize. */
    TIMED_OUT,
    /** Stopped by the player: the prize of the last level answered right. */
    WALKED_AWAY,
    /** The player's account was deleted mid-run: the last safe prize. */
    ABANDONED
}
