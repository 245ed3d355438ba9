package io.quizhall.quiz;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface QuizRepository extends JpaRepository<Quiz, UUID> {

    Page<Quiz> findByUserId(UUID userId, Pageable pageable);

    /** Counts a view without touching the version: a view is no edit, and must not fail an editor's If-Match. */
    @Modifying
    @Transactional
    @Query("update Quiz q set q.views = q.views + 1 where q.id = :id")
    int countView(@Param("id") UUID id);

    /** Counts a finished game, likewise without touching the version. */
    @Modifying
    @Transactional
    @Query("update Quiz q set q.plays = q.plays + 1 where q.id = :id")
    int countPlay(@Param("id") UUID id);
}
