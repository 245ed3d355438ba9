package io.quizhall.activity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizTivityShareRepository extends JpaRepository<QuizTivityShare, UUID> {

    List<QuizTivityShare> findByQuiztivityId(UUID quiztivityId);
}
