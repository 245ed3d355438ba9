package io.quizhall.activity;

import io.quizhall.storage.ActivityVisibility;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the storage feature whether an activity's pictures and PDFs may be shown to someone: to the activity's
 * owner, and to anyone while one of its share links is open (learners have no account). After the last link
 * expires or is revoked, the files are the owner's alone again.
 */
@Component
class ActivityFileVisibility implements ActivityVisibility {

    private final QuizTivityRepository activities;
    private final QuizTivityShareRepository shares;
    private final Clock clock;

    ActivityFileVisibility(QuizTivityRepository activities, QuizTivityShareRepository shares, Clock clock) {
        this.activities = activities;
        this.shares = shares;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyVisibleTo(Collection<UUID> activityIds, @Nullable UUID viewer) {
        if (activityIds.isEmpty()) {
            return false;
        }
        if (viewer != null
                && activities.findAllById(activityIds).stream().anyMatch(activity -> activity.isOwnedBy(viewer))) {
            return true;
        }
        return shares.anyOpen(activityIds, clock.instant());
    }
}
