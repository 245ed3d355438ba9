package io.quizhall.community;

import io.quizhall.community.CommunityPayloads.ReportReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user's report to the moderators, open until a moderator resolves it: of a public quiz, or a participant's alert
 * about a scheduled event or a game ({@link Target}).
 */
@Entity
@Table(name = "quiz_report")
class QuizReport {

    /** What a report is about. */
    enum Target {
        QUIZ,
        EVENT,
        GAME
    }

    @Id
    private UUID id;

    private @Nullable UUID quizId;

    @Enumerated(EnumType.STRING)
    private Target targetKind;

    private UUID targetId;

    /** An event's or a game's title when reported (quizzes are joined for theirs). */
    private @Nullable String targetTitle;

    private @Nullable UUID reporterId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private @Nullable String comment;

    private Instant createdAt;

    private @Nullable Instant resolvedAt;

    private @Nullable UUID resolvedBy;

    private @Nullable String resolution;

    protected QuizReport() {}

    QuizReport(UUID quizId, UUID reporterId, ReportReason reason, @Nullable String comment, Instant now) {
        this.id = UUID.randomUUID();
        this.quizId = quizId;
        this.targetKind = Target.QUIZ;
        this.targetId = quizId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.comment = comment;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    @Nullable
    UUID quizId() {
        return quizId;
    }

    Target targetKind() {
        return targetKind;
    }

    UUID targetId() {
        return targetId;
    }

    boolean isOpen() {
        return resolvedAt == null;
    }

    /** Closes the report; a resolved report stays as it was resolved. */
    boolean resolve(UUID moderator, @Nullable String how, Instant now) {
        if (!isOpen()) {
            return false;
        }
        this.resolvedAt = now;
        this.resolvedBy = moderator;
        this.resolution = how;
        return true;
    }
}
