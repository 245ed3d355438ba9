package io.quizhall.storage;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StorageItemRepository extends JpaRepository<StorageItem, UUID> {

    Optional<StorageItem> findByUserIdAndHashAndDeletedAtIsNull(UUID userId, byte[] hash);
}
