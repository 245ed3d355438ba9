package io.quizhall.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StorageItemRepository extends JpaRepository<StorageItem, UUID> {

    Optional<StorageItem> findByUserIdAndHashAndDeletedAtIsNull(UUID userId, byte[] hash);

    Page<StorageItem> findByUserIdAndDeletedAtIsNull(UUID userId, Pageable pageable);

    /** The live items among {@code ids} that {@code userId} uploaded, each as its id and type. */
    @Query(
            "select i.id, i.mimeType from StorageItem i where i.id in :ids and i.userId = :userId and i.deletedAt is null")
    List<Object[]> findLiveTypesOwnedBy(@Param("userId") UUID userId, @Param("ids") Collection<UUID> ids);

    /** Marks a live item deleted; 0 if it was deleted already, so a repeated delete gives the space back once. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update StorageItem i set i.deletedAt = :now where i.id = :id and i.deletedAt is null")
    int markDeleted(@Param("id") UUID id, @Param("now") Instant now);

    /**
     * Deleted items whose bytes are still stored, locked for this transaction; rows another node's cleanup holds
     * are skipped, so two nodes never work on the same item at once.
     */
    @Query(
            value = "SELECT * FROM storage_items WHERE deleted_at < :before AND storage_path IS NOT NULL "
                    + "ORDER BY deleted_at LIMIT :limit FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<StorageItem> lockPendingCleanup(@Param("before") Instant before, @Param("limit") int limit);

    @Query(value = "SELECT quiz_id FROM storage_items_quiz WHERE storage_item_id = :id", nativeQuery = true)
    List<UUID> quizIdsOf(@Param("id") UUID id);

    @Modifying
    @Query(value = "DELETE FROM storage_items_quiz WHERE quiz_id = :quizId", nativeQuery = true)
    void unlinkQuiz(@Param("quizId") UUID quizId);

    @Modifying
    @Query(
            value = "INSERT INTO storage_items_quiz (storage_item_id, quiz_id) "
                    + "SELECT id, :quizId FROM storage_items WHERE id IN (:ids) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void linkQuiz(@Param("quizId") UUID quizId, @Param("ids") Collection<UUID> ids);

    @Query(
            value = "SELECT quiztivity_id FROM storage_items_quiztivitys WHERE storage_item_id = :id",
            nativeQuery = true)
    List<UUID> activityIdsOf(@Param("id") UUID id);

    @Modifying
    @Query(value = "DELETE FROM storage_items_quiztivitys WHERE quiztivity_id = :activityId", nativeQuery = true)
    void unlinkActivity(@Param("activityId") UUID activityId);

    @Modifying
    @Query(
            value = "INSERT INTO storage_items_quiztivitys (storage_item_id, quiztivity_id) "
                    + "SELECT id, :activityId FROM storage_items WHERE id IN (:ids) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void linkActivity(@Param("activityId") UUID activityId, @Param("ids") Collection<UUID> ids);
}
