package io.quizhall.hunt;

/** PuzzleSpring's puzzle types: solving a FINAL puzzle finishes the hunt for the team. */
public enum PuzzleType {
    STANDARD,
    META,
    FINAL,
    NON_SCORING
}
