package io.quizhall.hunt;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A team of a hunt. Its row is the lock every change of the team takes ({@code SELECT ... FOR UPDATE}): joins
 * (so the size limit holds under concurrent joins), submissions (so the submission limit holds across nodes) and
 * the evaluation of the unlock rules (so two nodes evaluating one team take turns).
 */
@Entity
@Table(name = "hunt_teams")
class HuntTeam {

    @Id
    private UUID id;

    private UUID huntId;

    private String name;

    private String nameKey;

    private String joinCode;

    private boolean playtester;

    private @Nullable String registrationValue;

    private int members;

    private int points;

    private int hintsEarned;

    private int hintsUsed;

    private @Nullable Instant nextEvaluationAt;

    private @Nullable Instant finishedAt;

    private Instant createdAt;

    protected HuntTeam() {}

    UUID id() {
        return id;
    }

    UUID huntId() {
        return huntId;
    }

    String name() {
        return name;
    }

    String joinCode() {
        return joinCode;
    }

    boolean playtester() {
        return playtester;
    }

    @Nullable
    String registrationValue() {
        return registrationValue;
    }

    int members() {
        return members;
    }

    int points() {
        return points;
    }

    int hintsEarned() {
        return hintsEarned;
    }

    /** Hints spent: canned hints revealed and custom requests that were not refunded. */
    int hintsUsed() {
        return hintsUsed;
    }

    @Nullable
    Instant nextEvaluationAt() {
        return nextEvaluationAt;
    }

    @Nullable
    Instant finishedAt() {
        return finishedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** A member joins: only while there is room (the caller holds the row's lock). */
    void joined(int sizeLimit) {
        if (members >= sizeLimit) {
            throw HuntExceptions.teamFull();
        }
        members++;
    }

    void left() {
        members = Math.max(0, members - 1);
    }

    void playtester(boolean playtester) {
        this.playtester = playtester;
    }

    /** The rules' totals: points as evaluated, hints earned never fewer than before. */
    void evaluated(int points, int hints, @Nullable Instant next) {
        this.points = points;
        this.hintsEarned = Math.max(hintsEarned, hints);
        this.nextEvaluationAt = next;
    }

    void retryEvaluationAt(@Nullable Instant at) {
        this.nextEvaluationAt = at;
    }

    /** One hint spent (the caller holds the row's lock and has checked the pool it comes from). */
    void spendHint() {
        hintsUsed++;
    }

    /** A refunded hint request gives its hint back. */
    void refundHint() {
        if (hintsUsed <= 0) {
            throw new IllegalStateException("No spent hint to refund");
        }
        hintsUsed--;
    }

    /** Solving the FINAL puzzle finishes the hunt for the team, once. */
    boolean finish(Instant at) {
        if (finishedAt != null) {
            return false;
        }
        finishedAt = at;
        return true;
    }
}
