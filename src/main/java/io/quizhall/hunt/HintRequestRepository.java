package io.quizhall.hunt;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HintRequestRepository extends JpaRepository<HintRequest, UUID> {

    /** The request with its row locked: two organisers claiming at once take turns here, so one of them wins. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from HintRequest r where r.id = :id and r.huntId = :hunt")
    Optional<HintRequest> findLockedById(@Param("id") UUID id, @Param("hunt") UUID hunt);
}
