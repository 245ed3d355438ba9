package io.quizhall.activity;

import io.quizhall.shared.SecureTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A link that lets anyone open an activity without an account, optionally until a given time. The link carries a
 * secret token of 256 random bits ({@link SecureTokens}), not the row's id: the id (a random UUID, 122 bits) is
 * only shown to the owner, to list and revoke the share. The token is stored as it is, not hashed, because the
 * owner must be able to copy the link again later, and it only grants reading an activity kept in the same
 * database (docs/activities.md, "Shares").
 */
@Entity
@Table(name = "quiztivityshares")
class QuizTivityShare {

    @Id
    private UUID id;

    private String token;

    private @Nullable String name;

    private @Nullable Instant expireAt;

    private Instant createdAt;

    private UUID quiztivityId;

    private UUID userId;

    protected QuizTivityShare() {}

    QuizTivityShare(
            UUID quiztivityId, UUID userId, @Nullable String name, @Nullable Instant expireAt, Instant createdAt) {
        if (expireAt != null && !expireAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A share must expire after it was made");
        }
        this.id = UUID.randomUUID();
        this.token = SecureTokens.newToken();
        this.quiztivityId = Objects.requireNonNull(quiztivityId);
        this.userId = Objects.requireNonNull(userId);
        this.name = name;
        this.expireAt = expireAt;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String token() {
        return token;
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

    Instant createdAt() {
        return createdAt;
    }

    boolean isOpenAt(Instant now) {
        return expireAt == null || now.isBefore(expireAt);
    }
}
