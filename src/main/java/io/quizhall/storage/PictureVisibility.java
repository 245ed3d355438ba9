package io.quizhall.storage;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether a feature shows a file where someone may see it: a published event's picture, a trophy's icon. Features
 * that depend on storage implement it (storage never depends on them); the storage service asks every one before
 * it answers 404 to someone who is not the file's owner.
 */
public interface PictureVisibility {

    /** Whether this feature shows the file {@code fileId} to {@code viewer} (null: an anonymous reader). */
    boolean shows(UUID fileId, @Nullable UUID viewer);
}
