package io.quizhall.ladder;

/** A bank question has four options (one right) or is a statement that is true or false. */
public enum QuestionKind {
    MULTIPLE,
    TRUE_FALSE
}
