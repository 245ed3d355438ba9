package io.quizhall.storage;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether the activities that show a file let someone see it. The activity feature implements this (it depends on
 * storage, not the other way round), so learners without an account can load the pictures and PDFs of an activity
 * shared with them, for as long as a share link of it is open.
 */
public interface ActivityVisibility {

    /** Whether any of these activities is owned by {@code viewer} or has an unexpired share link. */
    boolean anyVisibleTo(Collection<UUID> activityIds, @Nullable UUID viewer);
}
