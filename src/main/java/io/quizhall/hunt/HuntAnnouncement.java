package io.quizhall.hunt;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An announcement of a hunt (PuzzleSpring's Update), for the whole hunt or for one puzzle: a puzzle's is seen only by
 * the teams that unlocked it (and by everyone after the hunt). An edit keeps the announcement and marks it edited.
 */
@Entity
@Table(name = "hunt_announcements")
class HuntAnnouncement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private UUID huntId;

    private @Nullable UUID puzzleId;

    private String text;

    private @Nullable UUID authorId;

    private Instant createdAt;

    private @Nullable Instant editedAt;

    @Version
    private @Nullable Long version;

    protected HuntAnnouncement() {}

    HuntAnnouncement(UUID huntId, @Nullable UUID puzzleId, String text, UUID authorId, Instant now) {
        this.huntId = huntId;
        this.puzzleId = puzzleId;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = now;
    }

    /** New text (sanitised before) and puzzle; marked edited. */
    void edit(String text, @Nullable UUID puzzleId, Instant now) {
        this.text = text;
        this.puzzleId = puzzleId;
        this.editedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    UUID huntId() {
        return huntId;
    }

    @Nullable
    UUID puzzleId() {
        return puzzleId;
    }

    String text() {
        return text;
    }

    @Nullable
    UUID authorId() {
        return authorId;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant editedAt() {
        return editedAt;
    }
}
