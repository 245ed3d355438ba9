package io.quizhall.results;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GameResultRepository extends JpaRepository<GameResult, UUID> {

    List<GameResult> findByUserIdOrderByTimestampDesc(UUID userId);
}
