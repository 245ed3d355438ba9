package io.quizhall.hunt;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PuzzleRepository extends JpaRepository<HuntPuzzle, UUID> {

    List<HuntPuzzle> findByHuntIdOrderByPositionAscShortIdAsc(UUID huntId);

    Optional<HuntPuzzle> findByHuntIdAndShortId(UUID huntId, String shortId);

    long countByHuntId(UUID huntId);
}
