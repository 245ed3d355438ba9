package io.quizhall.quiz;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, UUID> {

    Page<Quiz> findByUserId(UUID userId, Pageable pageable);
}
