package io.quizhall.remote;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemoteControllerRepository extends JpaRepository<RemoteController, UUID> {

    List<RemoteController> findByUserId(UUID userId);

    List<RemoteController> findByUserIdOrderByCreatedAtAsc(UUID userId);

    Optional<RemoteController> findBySecretKeyHash(byte[] secretKeyHash);

    Optional<RemoteController> findByIdAndUserId(UUID id, UUID userId);

    long countByUserIdAndRevokedAtIsNull(UUID userId);
}
