package io.quizhall.storage;

import io.quizhall.account.AccountService;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions that keep {@code users.storage_used} equal to the sum of a user's live files: a file's row
 * and its bytes in the count are written together, or not at all.
 */
@Component
class StorageLedger {

    private final StorageItemRepository items;
    private final AccountService accounts;

    StorageLedger(StorageItemRepository items, AccountService accounts) {
        this.items = items;
        this.accounts = accounts;
    }

    /**
     * Counts the file against its owner's quota and inserts its row. Over the quota nothing is written; a
     * duplicate of a live file (the unique index on user and hash) rolls the count back with the failed insert.
     */
    @Transactional
    StorageItem add(StorageItem item, long quota) {
        UUID owner = item.userId();
        if (owner == null || !accounts.reserveStorage(owner, item.size(), quota)) {
            long used = owner == null ? 0 : accounts.storageUsed(owner);
            throw StorageExceptions.quotaExceeded(item.size(), used, quota);
        }
        return items.saveAndFlush(item);
    }

    /** Marks the owner's live file deleted and gives its bytes back to the quota, exactly once. */
    @Transactional
    Optional<StorageItem> remove(UUID id, UUID owner, Instant now) {
        Optional<StorageItem> found =
                items.findById(id).filter(item -> item.isOwnedBy(owner) && item.deletedAt() == null);
        if (found.isEmpty() || items.markDeleted(id, now) != 1) {
            return Optional.empty();
        }
        accounts.releaseStorage(owner, found.get().size());
        return found;
    }
}
