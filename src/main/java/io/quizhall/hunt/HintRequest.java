package io.quizhall.hunt;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A team's custom hint request and its way through the staff queue: UNCLAIMED → CLAIMED (by one organiser, who may
 * release it) → ANSWERED (its response may be edited), or REFUNDED from any open or answered state, once. The hint
 * was spent when the request was made; a refund gives it back to {@link #pool()}.
 */
@Entity
@Table(name = "hunt_hint_requests")
class HintRequest {

    /** Where a request is in the queue. */
    enum Status {
        UNCLAIMED,
        CLAIMED,
        ANSWERED,
        REFUNDED
    }

    @Id
    private UUID id;

    private UUID huntId;

    private UUID teamId;

    private UUID puzzleId;

    private @Nullable UUID userId;

    private String question;

    @Enumerated(EnumType.STRING)
    private HintSettings.Pool pool;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable UUID claimedBy;

    private @Nullable Instant claimedAt;

    private @Nullable String response;

    private @Nullable UUID respondedBy;

    private @Nullable Instant respondedAt;

    private @Nullable Instant refundedAt;

    private Instant createdAt;

    @Version
    private long version;

    protected HintRequest() {}

    HintRequest(
            UUID huntId,
            UUID teamId,
            UUID puzzleId,
            UUID userId,
            String question,
            HintSettings.Pool pool,
            Instant createdAt) {
        if (question.isBlank()) {
            throw new IllegalArgumentException("A hint request needs a question");
        }
        this.id = UUID.randomUUID();
        this.huntId = huntId;
        this.teamId = teamId;
        this.puzzleId = puzzleId;
        this.userId = userId;
        this.question = question;
        this.pool = pool;
        this.status = Status.UNCLAIMED;
        this.createdAt = createdAt;
    }

    /** One organiser takes the request; a claimed one is refused (the caller holds the request's row lock). */
    void claim(UUID staff, Instant now) {
        if (status == Status.CLAIMED) {
            throw HuntExceptions.alreadyClaimed();
        }
        if (status != Status.UNCLAIMED) {
            throw HuntExceptions.hintRequestClosed(status.name());
        }
        status = Status.CLAIMED;
        claimedBy = staff;
        claimedAt = now;
    }

    /** The claimant gives the request back to the queue. */
    void release(UUID staff) {
        requireClaimant(staff);
        status = Status.UNCLAIMED;
        claimedBy = null;
        claimedAt = null;
    }

    /** The claimant answers. */
    void respond(UUID staff, String text, Instant now) {
        requireClaimant(staff);
        status = Status.ANSWERED;
        response = text;
        respondedBy = staff;
        respondedAt = now;
    }

    /** An organiser changes an answered request's response (the caller keeps the previous one). */
    void editResponse(UUID staff, String text, Instant now) {
        if (status != Status.ANSWERED) {
            throw HuntExceptions.hintRequestClosed(status.name());
        }
        response = text;
        respondedBy = staff;
        respondedAt = now;
    }

    /** Closes the request as refunded, once; the caller gives the hint back to {@link #pool()}. */
    void refund(Instant now) {
        if (status == Status.REFUNDED) {
            throw HuntExceptions.hintRequestClosed(status.name());
        }
        status = Status.REFUNDED;
        refundedAt = now;
    }

    private void requireClaimant(UUID staff) {
        if (status != Status.CLAIMED) {
            throw status == Status.UNCLAIMED
                    ? HuntExceptions.notClaimant()
                    : HuntExceptions.hintRequestClosed(status.name());
        }
        if (!Objects.equals(claimedBy, staff)) {
            throw HuntExceptions.notClaimant();
        }
    }

    UUID id() {
        return id;
    }

    UUID huntId() {
        return huntId;
    }

    UUID teamId() {
        return teamId;
    }

    UUID puzzleId() {
        return puzzleId;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    String question() {
        return question;
    }

    HintSettings.Pool pool() {
        return pool;
    }

    Status status() {
        return status;
    }

    @Nullable
    String response() {
        return response;
    }
}
