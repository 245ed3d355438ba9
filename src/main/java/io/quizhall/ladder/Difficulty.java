package io.quizhall.ladder;

/** How hard a bank question is; a ladder level asks for one of the first three. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD,
    UNASSIGNED
}
