package io.quizhall.community;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RatingRepository extends JpaRepository<Rating, UUID> {

    Optional<Rating> findByUserIdAndQuizId(UUID userId, UUID quizId);

    /**
     * Sets the user's rating of the quiz in one statement, so two concurrent votes of one user cannot make two
     * rows; the {@code rating_counts} trigger (V60) adjusts the quiz's counters in the same transaction.
     */
    @Modifying
    @Query(
            value = "INSERT INTO rating (id, user_id, quiz_id, positive, created_at)"
                    + " VALUES (gen_random_uuid(), :user, :quiz, :positive, now())"
                    + " ON CONFLICT (user_id, quiz_id) DO UPDATE SET positive = EXCLUDED.positive"
                    + " WHERE rating.positive IS DISTINCT FROM EXCLUDED.positive",
            nativeQuery = true)
    int rate(@Param("user") UUID user, @Param("quiz") UUID quiz, @Param("positive") boolean positive);

    @Modifying
    @Query(value = "DELETE FROM rating WHERE user_id = :user AND quiz_id = :quiz", nativeQuery = true)
    int unrate(@Param("user") UUID user, @Param("quiz") UUID quiz);
}
