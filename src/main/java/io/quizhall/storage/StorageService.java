package io.quizhall.storage;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of stored files: whether someone may use a file, and which quizzes use it. */
@Service
public class StorageService {

    private final StorageItemRepository items;

    StorageService(StorageItemRepository items) {
        this.items = items;
    }

    /** The subset of {@code ids} that are live (not deleted) files uploaded by {@code userId}. */
    @Transactional(readOnly = true)
    public Set<UUID> usableBy(UUID userId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(items.findLiveIdsOwnedBy(userId, Set.copyOf(ids)));
    }

    /**
     * Records that a quiz uses exactly these files, replacing what was recorded for it before. Ids of files that
     * no longer exist are skipped.
     */
    @Transactional
    public void useInQuiz(UUID quizId, Collection<UUID> itemIds) {
        items.unlinkQuiz(quizId);
        if (!itemIds.isEmpty()) {
            items.linkQuiz(quizId, Set.copyOf(itemIds));
        }
    }
}
