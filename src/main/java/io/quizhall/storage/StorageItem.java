package io.quizhall.storage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file's metadata. The bytes live in the storage backend under a server-generated name; the
 * quizzes and QuizTivities that use the file are kept in the link tables.
 */
@Entity
@Table(name = "storage_items")
class StorageItem {

    @Id
    private UUID id;

    private Instant uploadedAt;

    private String mimeType;

    /** MD5 of the content (16 bytes), used to find duplicate uploads of one user. */
    private byte @Nullable [] hash;

    private @Nullable UUID userId;

    private long size;

    private @Nullable String storagePath;

    private @Nullable Instant deletedAt;

    private @Nullable String altText;

    private @Nullable String filename;

    private @Nullable String thumbhash;

    private @Nullable String server;

    private boolean imported;

    private @Nullable Integer width;

    private @Nullable Integer height;

    @ElementCollection
    @CollectionTable(name = "storage_items_quiz", joinColumns = @JoinColumn(name = "storage_item_id"))
    @Column(name = "quiz_id")
    private Set<UUID> quizIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "storage_items_quiztivitys", joinColumns = @JoinColumn(name = "storage_item_id"))
    @Column(name = "quiztivity_id")
    private Set<UUID> quiztivityIds = new HashSet<>();

    protected StorageItem() {}

    StorageItem(UUID userId, String mimeType, long size, byte[] hash, @Nullable String filename, Instant uploadedAt) {
        if (hash.length != 16) {
            throw new IllegalArgumentException("An MD5 hash has 16 bytes");
        }
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.mimeType = mimeType;
        this.size = size;
        this.hash = hash.clone();
        this.filename = filename;
        this.uploadedAt = uploadedAt;
    }

    /** A new upload whose bytes are stored under its own id. */
    static StorageItem uploaded(
            UUID userId,
            UploadInspector.Inspection inspection,
            @Nullable String filename,
            @Nullable String altText,
            Instant uploadedAt) {
        var item = new StorageItem(
                userId, inspection.mediaType(), inspection.size(), inspection.md5(), filename, uploadedAt);
        item.storagePath = item.id.toString();
        item.altText = altText;
        item.width = inspection.width();
        item.height = inspection.height();
        item.thumbhash = inspection.thumbhash();
        return item;
    }

    UUID id() {
        return id;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    String mimeType() {
        return mimeType;
    }

    long size() {
        return size;
    }

    byte @Nullable [] hash() {
        return hash == null ? null : hash.clone();
    }

    @Nullable
    String filename() {
        return filename;
    }

    @Nullable
    String altText() {
        return altText;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    @Nullable
    Instant deletedAt() {
        return deletedAt;
    }

    @Nullable
    String thumbhash() {
        return thumbhash;
    }

    @Nullable
    Integer width() {
        return width;
    }

    @Nullable
    Integer height() {
        return height;
    }

    /** Where the backend keeps the bytes; null once the cleanup job removed them. */
    @Nullable
    String storagePath() {
        return storagePath;
    }

    boolean isOwnedBy(@Nullable UUID user) {
        return userId != null && userId.equals(user);
    }

    /** Not deleted, and its bytes are there. */
    boolean isLive() {
        return deletedAt == null && storagePath != null;
    }

    /** The MD5 as lowercase hex: a strong ETag, since an item's bytes never change. */
    String md5Hex() {
        return hash == null ? id.toString() : java.util.HexFormat.of().formatHex(hash);
    }

    Set<UUID> quizIds() {
        return Set.copyOf(quizIds);
    }

    Set<UUID> quiztivityIds() {
        return Set.copyOf(quiztivityIds);
    }

    void describe(@Nullable String altText) {
        this.altText = altText;
    }

    void linkQuiz(UUID quizId) {
        quizIds.add(quizId);
    }

    void linkQuizTivity(UUID quiztivityId) {
        quiztivityIds.add(quiztivityId);
    }

    /** The cleanup job removed the bytes; the row stays as a record of the deleted file. */
    void bytesRemoved() {
        if (deletedAt == null) {
            throw new IllegalStateException("Only a deleted file's bytes are removed");
        }
        storagePath = null;
    }

    void softDelete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }
}
