package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An activity as a learner opens it through a share link: its pages without solutions, and when the link ends. */
@Schema(description = "A shared activity for learners: no owner, no solutions (docs/activities.md).")
public record SharedActivity(
        String title, List<LearnerPage> pages, @Nullable Instant expiresAt) {

    static SharedActivity of(QuizTivity activity, QuizTivityShare share) {
        return new SharedActivity(
                activity.title(), activity.pages().stream().map(LearnerPage::of).toList(), share.expireAt());
    }
}
