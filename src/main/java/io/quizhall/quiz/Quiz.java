package io.quizhall.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A quiz an author owns. Its questions are stored as one JSON array of typed {@link Question}s. */
@Entity
@Table(name = "quiz")
class Quiz {

    @Id
    private UUID id;

    @Column(name = "public")
    private boolean published;

    private String title;

    private @Nullable String description;

    private Instant createdAt;

    private Instant updatedAt;

    private UUID userId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Question> questions;

    private boolean importedFromKahoot;

    private @Nullable String coverImage;

    private @Nullable String backgroundColor;

    private @Nullable String backgroundImage;

    private @Nullable UUID kahootId;

    private int likes;

    private int dislikes;

    private int plays;

    private int views;

    private @Nullable Short modRating;

    @Version
    private @Nullable Long version;

    protected Quiz() {}

    Quiz(UUID userId, String title, @Nullable String description, List<Question> questions, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.title = title;
        this.description = description;
        this.questions = List.copyOf(questions);
        this.createdAt = now;
        this.updatedAt = now;
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

    @Nullable
    String description() {
        return description;
    }

    List<Question> questions() {
        return questions;
    }

    boolean isPublic() {
        return published;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    String coverImage() {
        return coverImage;
    }

    @Nullable
    String backgroundColor() {
        return backgroundColor;
    }

    @Nullable
    String backgroundImage() {
        return backgroundImage;
    }

    int plays() {
        return plays;
    }

    int views() {
        return views;
    }

    long version() {
        return version == null ? 0 : version;
    }

    void replace(String title, @Nullable String description, List<Question> questions, Instant now) {
        this.title = title;
        this.description = description;
        this.questions = List.copyOf(questions);
        this.updatedAt = now;
    }

    void publish() {
        this.published = true;
    }

    void unpublish() {
        this.published = false;
    }
}
