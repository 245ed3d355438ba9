package io.quizhall.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A self-paced activity: a list of pages a learner works through alone, owned by its author. */
@Entity
@Table(name = "quiztivitys")
class QuizTivity {

    @Id
    private UUID id;

    private String title;

    private Instant createdAt;

    private Instant updatedAt;

    private UUID userId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<QuizTivityPage> pages;

    @Version
    private @Nullable Long version;

    protected QuizTivity() {}

    QuizTivity(UUID userId, String title, List<QuizTivityPage> pages, Instant createdAt) {
        this(userId, new ActivityContent(title, pages), createdAt);
    }

    QuizTivity(UUID userId, ActivityContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = Objects.requireNonNull(userId);
        this.createdAt = now;
        replace(content, now);
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String title() {
        return title;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<QuizTivityPage> pages() {
        return pages;
    }

    long version() {
        return version == null ? 0 : version;
    }

    ActivityContent content() {
        return new ActivityContent(title, pages);
    }

    boolean isOwnedBy(@Nullable UUID user) {
        return userId.equals(user);
    }

    /** Replaces what the author wrote; the content was validated and sanitised before. */
    void replace(ActivityContent content, Instant now) {
        this.title = Objects.requireNonNull(content.title());
        this.pages = List.copyOf(content.pages());
        this.updatedAt = now;
    }
}
