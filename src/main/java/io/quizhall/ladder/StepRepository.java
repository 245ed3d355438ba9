package io.quizhall.ladder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StepRepository extends JpaRepository<RunStep, UUID> {

    /** The live step of a level (a switched question is not). */
    @Query("select s from RunStep s where s.runId = :runId and s.level = :level and s.outcome <> :switched")
    Optional<RunStep> findLive(UUID runId, int level, RunStep.Outcome switched);

    /** In the order they were asked; by level too, as two levels may be asked at one instant (a frozen test clock). */
    List<RunStep> findByRunIdOrderByAskedAtAscLevelAsc(UUID runId);
}
