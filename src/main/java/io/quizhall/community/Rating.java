package io.quizhall.community;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's thumbs up or down on a public quiz; one per user and quiz. */
@Entity
@Table(name = "rating")
class Rating {

    @Id
    private UUID id;

    private UUID userId;

    private boolean positive;

    private Instant createdAt;

    private UUID quizId;

    protected Rating() {}

    Rating(UUID userId, UUID quizId, boolean positive, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.quizId = quizId;
        this.positive = positive;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    UUID quizId() {
        return quizId;
    }

    boolean positive() {
        return positive;
    }

    Instant createdAt() {
        return createdAt;
    }
}
