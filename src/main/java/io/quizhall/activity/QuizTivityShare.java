package io.quizhall.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A link that lets others open a QuizTivity, optionally until a given time. */
@Entity
@Table(name = "quiztivityshares")
class QuizTivityShare {

    @Id
    private UUID id;

    private @Nullable String name;

    private @Nullable Instant expireAt;

    private UUID quiztivityId;

    private UUID userId;

    protected QuizTivityShare() {}

    QuizTivityShare(UUID quiztivityId, UUID userId, @Nullable String name, @Nullable Instant expireAt) {
        this.id = UUID.randomUUID();
        this.quiztivityId = quiztivityId;
        this.userId = userId;
        this.name = name;
        this.expireAt = expireAt;
    }

    UUID id() {
        return id;
    }

    UUID quiztivityId() {
        return quiztivityId;
    }

    UUID userId() {
        return userId;
    }

    @Nullable
    String name() {
        return name;
    }

    @Nullable
    Instant expireAt() {
        return expireAt;
    }

    boolean isOpenAt(Instant now) {
        return expireAt == null || now.isBefore(expireAt);
    }
}
