package io.quizhall.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizTivityShareRepository extends JpaRepository<QuizTivityShare, UUID> {

    List<QuizTivityShare> findByQuiztivityId(UUID quiztivityId);

    List<QuizTivityShare> findByQuiztivityIdOrderByCreatedAtDesc(UUID quiztivityId);

    Optional<QuizTivityShare> findByToken(String token);

    long countByQuiztivityId(UUID quiztivityId);

    /** Whether any of these activities has a share that is still open at {@code now}. */
    @Query("select count(s) > 0 from QuizTivityShare s where s.quiztivityId in :ids"
            + " and (s.expireAt is null or s.expireAt > :now)")
    boolean anyOpen(@Param("ids") Collection<UUID> quiztivityIds, @Param("now") Instant now);
}
