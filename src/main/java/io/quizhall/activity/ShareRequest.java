package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A new share link of an activity.
 *
 * @param name what the owner calls it ("Class 7b"), plain text
 * @param expiresAt when the link stops working; absent: never
 */
@Schema(description = "A share link to create: a name and an optional expiry in the future.")
public record ShareRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-100 characters, plain text") @Nullable
        String name,

        @Schema(description = "When the link stops working (410 from then on); absent: never") @Nullable
        Instant expiresAt) {}
