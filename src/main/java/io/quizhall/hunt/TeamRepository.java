package io.quizhall.hunt;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamRepository extends JpaRepository<HuntTeam, UUID> {

    /** The team with its row locked until the transaction ends: every change of a team queues up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from HuntTeam t where t.id = :id")
    Optional<HuntTeam> findLockedById(@Param("id") UUID id);

    List<HuntTeam> findByHuntIdOrderByCreatedAt(UUID huntId);
}
