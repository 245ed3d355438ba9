package io.quizhall.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StorageItemRepository extends JpaRepository<StorageItem, UUID> {

    Optional<StorageItem> findByUserIdAndHashAndDeletedAtIsNull(UUID userId, byte[] hash);

    @Query("select i.id from StorageItem i where i.id in :ids and i.userId = :userId and i.deletedAt is null")
    List<UUID> findLiveIdsOwnedBy(@Param("userId") UUID userId, @Param("ids") Collection<UUID> ids);

    @Modifying
    @Query(value = "DELETE FROM storage_items_quiz WHERE quiz_id = :quizId", nativeQuery = true)
    void unlinkQuiz(@Param("quizId") UUID quizId);

    @Modifying
    @Query(
            value = "INSERT INTO storage_items_quiz (storage_item_id, quiz_id) "
                    + "SELECT id, :quizId FROM storage_items WHERE id IN (:ids) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void linkQuiz(@Param("quizId") UUID quizId, @Param("ids") Collection<UUID> ids);
}
