package io.quizhall.hunt;

/**
 * Where a hunt is, from its times by the server's clock: before its start only the intro and the prepuzzle are
 * visible; while open, team members play; once ended anyone may read the puzzles and check answers (nothing is
 * recorded); archived is ended and frozen.
 */
public enum HuntState {
    NOT_YET_OPEN,
    OPEN,
    ENDED,
    ARCHIVED
}
