package io.quizhall.quiz;

import jakarta.persistence.Column;
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

    // The counters and the moderators' fields are written by single statements elsewhere (views, plays, the
    // rating trigger, moderation), never from here: saving an edit must not overwrite a count made meanwhile.
    @Column(insertable = false, updatable = false)
    private int likes;

    @Column(insertable = false, updatable = false)
    private int dislikes;

    @Column(insertable = false, updatable = false)
    private int plays;

    @Column(insertable = false, updatable = false)
    private int views;

    @Column(insertable = false, updatable = false)
    private @Nullable Short modRating;

    /** Set by moderators (community feature): out of the listing and search, readable by its owner only. */
    @Column(insertable = false, updatable = false)
    private boolean hidden;

    @Column(insertable = false, updatable = false)
    private @Nullable String hiddenReason;

    /** Whether the public quiz page shows the right answers; the author decides. */
    private boolean solutionsPublic;

    @Version
    private @Nullable Long version;

    protected Quiz() {}

    Quiz(UUID userId, String title, @Nullable String description, List<Question> questions, Instant now) {
        this(userId, new QuizContent(title, description, questions, null, null, null), now);
    }

    Quiz(UUID userId, QuizContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = Objects.requireNonNull(userId);
        this.createdAt = now;
        apply(content, now);
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

    int plays() {
        return plays;
    }

    int views() {
        return views;
    }

    long version() {
        return version == null ? 0 : version;
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

    int likes() {
        return likes;
    }

    int dislikes() {
        return dislikes;
    }

    boolean hidden() {
        return hidden;
    }

    @Nullable
    String hiddenReason() {
        return hiddenReason;
    }

    boolean solutionsPublic() {
        return solutionsPublic;
    }

    @Nullable
    Short modRating() {
        return modRating;
    }

    void showSolutions(boolean shown) {
        this.solutionsPublic = shown;
    }

    QuizContent content() {
        return new QuizContent(title, description, questions, coverImage, backgroundColor, backgroundImage);
    }

    boolean isOwnedBy(@Nullable UUID user) {
        return userId.equals(user);
    }

    /** Its owner sees a quiz always, everyone else only while it is public and no moderator hid it. */
    boolean isVisibleTo(@Nullable UUID user) {
        return (published && !hidden) || isOwnedBy(user);
    }

    /** A private copy for {@code newOwner}, with fresh counters. */
    Quiz copyFor(UUID newOwner, Instant now) {
        return new Quiz(newOwner, content(), now);
    }

    void replace(QuizContent content, Instant now) {
        apply(content, now);
    }

    private void apply(QuizContent content, Instant now) {
        this.title = Objects.requireNonNull(content.title());
        this.description = content.description();
        this.questions = List.copyOf(content.questions());
        this.coverImage = content.coverImage();
        this.backgroundColor = content.backgroundColor();
        this.backgroundImage = content.backgroundImage();
        this.updatedAt = now;
    }

    void publish() {
        this.published = true;
    }

    void unpublish() {
        this.published = false;
    }
}
