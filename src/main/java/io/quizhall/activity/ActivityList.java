package io.quizhall.activity;

import java.util.List;

/** One page of "my activities"; {@code page} counts from 0. */
public record ActivityList(List<ActivitySummary> items, int page, int size, long totalItems, int totalPages) {}
