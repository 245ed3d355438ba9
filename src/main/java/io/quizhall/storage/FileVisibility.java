package io.quizhall.storage;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether another feature shows a file to someone, for features that keep their own record of the files they use
 * (a hunt's puzzles). Implemented by those features (they depend on storage, not the other way round); the storage
 * service asks every implementation after its own rules, so a file is visible if any of them says so.
 */
public interface FileVisibility {

    /** Whether {@code viewer} (null: not signed in) may download the live file {@code fileId}. */
    boolean visibleTo(UUID fileId, @Nullable UUID viewer);
}
