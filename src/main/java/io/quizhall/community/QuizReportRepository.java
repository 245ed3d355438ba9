package io.quizhall.community;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizReportRepository extends JpaRepository<QuizReport, UUID> {

    boolean existsByQuizIdAndReporterIdAndResolvedAtIsNull(UUID quizId, UUID reporterId);
}
