package io.quizhall.quiz;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuizRepository extends JpaRepository<Quiz, UUID> {

    @Modifying
    @Query("update Quiz q set q.plays = q.plays + 1 where q.id = :quizId")
    void incrementPlays(UUID quizId);

    Page<Quiz> findByUserId(UUID userId, Pageable pageable);
}
