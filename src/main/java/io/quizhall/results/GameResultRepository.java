package io.quizhall.results;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GameResultRepository extends JpaRepository<GameResult, UUID> {

    /**
     * One host's results as summaries, without loading their answers. {@code anyQuiz} stands for "no quiz filter"
     * (a null UUID parameter has no type PostgreSQL can infer).
     */
    @Query(value = """
                    select new io.quizhall.results.ResultSummary(
                        r.id, r.quizId, r.title, r.timestamp, r.playerCount, r.note)
                    from GameResult r
                    where r.userId = :userId
                      and r.timestamp >= :from and r.timestamp < :to
                      and lower(r.title) like :title escape '\\'
                      and (:anyQuiz = true or r.quizId = :quizId)
                    """, countQuery = """
                    select count(r) from GameResult r
                    where r.userId = :userId
                      and r.timestamp >= :from and r.timestamp < :to
                      and lower(r.title) like :title escape '\\'
                      and (:anyQuiz = true or r.quizId = :quizId)
                    """)
    Page<ResultSummary> search(
            @Param("userId") UUID userId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("title") String titlePattern,
            @Param("anyQuiz") boolean anyQuiz,
            @Param("quizId") UUID quizId,
            Pageable page);

    /** Marks the result's play as counted; 1 for the one caller that did it, 0 for everyone after. */
    @Modifying
    @Query("update GameResult r set r.playCounted = true where r.id = :id and r.playCounted = false")
    int markPlayCounted(@Param("id") UUID id);
}
