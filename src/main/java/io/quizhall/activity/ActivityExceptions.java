package io.quizhall.activity;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The errors of the activity feature, each with its problem type (docs/activities.md, "Errors"). */
final class ActivityExceptions {

    private ActivityExceptions() {}

    /** Also for another user's activity: Quizhall never confirms that someone else's activity exists. */
    static NotFoundException notFound(UUID id) {
        return NotFoundException.forId("activity", id);
    }

    static NotFoundException shareIdNotFound(UUID shareId) {
        return NotFoundException.forId("share", shareId);
    }

    static NotFoundException shareNotFound() {
        return new NotFoundException("No shared activity with this link. Check that the link is complete.");
    }

    static ApiException shareExpired(Instant expiredAt) {
        return new ApiException(
                ProblemType.GONE,
                "This link has expired. Ask the person who shared it for a new one.",
                Map.of("expiredAt", expiredAt.toString()));
    }

    static NotFoundException pageNotFound(int index) {
        return new NotFoundException("This activity has no page " + index + ".");
    }
}
