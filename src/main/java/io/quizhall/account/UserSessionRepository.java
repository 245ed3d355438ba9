package io.quizhall.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserSessionRepository extends JpaRepository<UserSession, UUID> {

    Optional<UserSession> findBySessionKeyHash(byte[] sessionKeyHash);

    List<UserSession> findByUserIdOrderByLastSeenDesc(UUID userId);

    @Modifying
    @Query("delete from UserSession s where s.userId = :userId")
    void deleteByUserId(UUID userId);

    @Modifying
    @Query("delete from UserSession s where s.userId = :userId and s.id <> :keep")
    void deleteByUserIdAndIdNot(UUID userId, UUID keep);
}
