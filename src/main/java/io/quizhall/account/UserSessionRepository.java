package io.quizhall.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserSessionRepository extends JpaRepository<UserSession, UUID> {

    Optional<UserSession> findBySessionKeyHash(byte[] sessionKeyHash);

    List<UserSession> findByUserIdOrderByLastSeenDesc(UUID userId);
}
