package io.quizhall.results;

import java.util.List;

/** One page of the results list, newest first; {@code page} counts from 0. */
public record ResultPage(List<ResultSummary> items, int page, int size, long totalItems, int totalPages) {}
