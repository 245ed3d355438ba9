package io.quizhall.results;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GameResultRepository extends JpaRepository<GameResult, UUID> {

    List<GameResult> findByUserIdOrderByTimestampDesc(UUID userId);

    /** Marks the result's play as counted; 1 for the one caller that did it, 0 for everyone after. */
    @Modifying
    @Query("update GameResult r set r.playCounted = true where r.id = :id and r.playCounted = false")
    int markPlayCounted(@Param("id") UUID id);
}
