package io.quizhall.remote;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ControllerSetupRepository extends JpaRepository<ControllerSetup, UUID> {

    /** Locked: two teachers entering the same code at once must not both add a controller. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    Optional<ControllerSetup> findByCodeHash(byte[] codeHash);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    Optional<ControllerSetup> findByTokenHash(byte[] tokenHash);

    /** Expired requests go, with any secret never collected. */
    @Modifying
    @Query("DELETE FROM ControllerSetup s WHERE s.expiresAt <= :now")
    int deleteExpired(Instant now);
}
