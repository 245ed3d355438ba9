package io.quizhall.activity;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizTivityRepository extends JpaRepository<QuizTivity, UUID> {

    Page<QuizTivity> findByUserId(UUID userId, Pageable pageable);
}
