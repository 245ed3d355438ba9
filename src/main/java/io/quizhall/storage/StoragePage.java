package io.quizhall.storage;

import java.util.List;

/**
 * One page of my files, newest first ({@code page} counts from 0), with my quota.
 *
 * @param used bytes my live files take
 * @param quota bytes I may keep
 * @param available bytes left
 */
public record StoragePage(
        List<StoredFile> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        long used,
        long quota,
        long available) {}
