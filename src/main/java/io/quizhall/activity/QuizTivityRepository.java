package io.quizhall.activity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizTivityRepository extends JpaRepository<QuizTivity, UUID> {

    List<QuizTivity> findByUserIdOrderByCreatedAtDesc(UUID userId);
}
