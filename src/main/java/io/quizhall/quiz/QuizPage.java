package io.quizhall.quiz;

import java.util.List;

/** One page of a quiz list; {@code page} counts from 0. */
public record QuizPage(List<QuizSummary> items, int page, int size, long totalItems, int totalPages) {}
