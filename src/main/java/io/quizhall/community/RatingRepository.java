package io.quizhall.community;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, UUID> {

    Optional<Rating> findByUserIdAndQuizId(UUID userId, UUID quizId);
}
