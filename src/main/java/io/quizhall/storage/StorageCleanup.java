package io.quizhall.storage;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the bytes of files deleted longer ago than the grace period and clears their {@code storage_path}, so
 * each is removed once. Safe on several nodes: each batch locks its rows ({@code FOR UPDATE SKIP LOCKED}), and
 * removing bytes that are already gone is not an error.
 */
@Component
class StorageCleanup {

    private static final Logger log = LoggerFactory.getLogger(StorageCleanup.class);
    private static final int BATCH = 100;

    private final StorageItemRepository items;
    private final FileStore files;
    private final StorageProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StorageCleanup(
            StorageItemRepository items,
            FileStore files,
            StorageProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.items = items;
        this.files = files;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${quizhall.storage.cleanup-interval:1h}",
            initialDelayString = "${quizhall.storage.cleanup-interval:1h}")
    void run() {
        try {
            removeExpired();
        } catch (RuntimeException e) {
            log.warn("Storage cleanup failed; it runs again later", e);
        }
    }

    /** Removes what is due, batch by batch; returns how many files' bytes were removed. */
    int removeExpired() {
        Instant before = clock.instant().minus(properties.cleanupGracePeriod());
        int total = 0;
        while (true) {
            Integer removed = transactions.execute(status -> removeBatch(before));
            if (removed == null || removed == 0) {
                break;
            }
            total += removed;
            if (removed < BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.info("Removed the bytes of {} deleted files", total);
        }
        return total;
    }

    private int removeBatch(Instant before) {
        List<StorageItem> due = items.lockPendingCleanup(before, BATCH);
        int removed = 0;
        for (StorageItem item : due) {
            String key = item.storagePath();
            try {
                if (key != null) {
                    files.delete(key);
                }
                item.bytesRemoved();
                removed++;
            } catch (IOException | RuntimeException e) {
                // Left as it is: the next run tries again.
                log.warn("Could not remove the bytes of file {}: {}", item.id(), e.toString());
            }
        }
        return removed;
    }
}
