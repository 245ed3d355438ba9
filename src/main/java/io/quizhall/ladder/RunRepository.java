package io.quizhall.ladder;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RunRepository extends JpaRepository<LadderRun, UUID> {

    Optional<LadderRun> findByCode(String code);

    /** The run, locked until the transaction ends: answers, lifelines and expiry of one run go one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from LadderRun r where r.code = :code")
    Optional<LadderRun> lockByCode(String code);

    Optional<LadderRun> findByUserIdAndLadderIdAndStatus(UUID userId, UUID ladderId, RunStatus status);

    List<LadderRun> findByUserIdOrderByStartedAtDesc(UUID userId, Pageable page);

    @Query("""
            select r.code from LadderRun r, RunStep s
            where s.runId = r.id and r.status = :active and s.outcome = :open and s.deadline < :before""")
    List<String> codesOfExpired(RunStatus active, RunStep.Outcome open, Instant before, Pageable page);
}
