package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A share link as its owner sees it.
 *
 * @param id identifies the share for the owner (revoke, QR code); not usable to open the activity
 * @param token the secret in the link: whoever has it may open the activity
 * @param path the learner page of the link, relative to this server ({@code /learn/{token}})
 * @param expired whether {@code expiresAt} has passed
 */
@Schema(description = "A share link of an activity, for its owner.")
public record ShareDetails(
        UUID id,
        String name,
        String token,
        String path,
        @Nullable Instant expiresAt,
        boolean expired,
        Instant createdAt) {

    /** Where learners open a shared activity. */
    static final String LEARNER_PATH = "/learn/";

    static ShareDetails of(QuizTivityShare share, Instant now) {
        return new ShareDetails(
                share.id(),
                share.name() == null ? "" : share.name(),
                share.token(),
                LEARNER_PATH + share.token(),
                share.expireAt(),
                !share.isOpenAt(now),
                share.createdAt());
    }
}
