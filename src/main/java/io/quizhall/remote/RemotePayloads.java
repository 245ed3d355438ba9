package io.quizhall.remote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What devices and teachers send and receive (docs/controllers.md). */
final class RemotePayloads {

    private RemotePayloads() {}

    // --- the device ---

    /** {@code firmwareVersion}: what the device runs, shown to the teacher (optional). */
    record SetupRequest(@Nullable String firmwareVersion) {}

    /**
     * Show {@code setupCode} on the device's screen; keep {@code setupToken} (it collects the secret) to yourself.
     */
    record SetupStarted(String setupCode, String setupToken, Instant expiresAt, long pollAfterSeconds) {}

    record CollectRequest(@Nullable String setupToken) {}

    /**
     * {@code status} {@code waiting}: no teacher has entered the code yet, ask again after {@code pollAfterSeconds};
     * {@code ready}: the controller was added, {@code secret} is its secret (sent this once only).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SetupStatus(
            String status,
            Instant expiresAt,
            @Nullable Long pollAfterSeconds,
            @Nullable UUID controllerId,
            @Nullable String secret,
            @Nullable String name,
            @Nullable String playerName) {

        static SetupStatus waiting(Instant expiresAt, Duration poll) {
            return new SetupStatus("waiting", expiresAt, poll.toSeconds(), null, null, null, null);
        }

        static SetupStatus ready(Instant expiresAt, RemoteController controller, String secret) {
            return new SetupStatus(
                    "ready", expiresAt, null, controller.id(), secret, controller.name(), controller.playerName());
        }

        boolean isReady() {
            return "ready".equals(status);
        }
    }

    record PingRequest(@Nullable String firmwareVersion) {}

    /**
     * {@code updateWanted}: the teacher wants {@code wantedFirmwareVersion} and the device reported something
     * else; {@code pingAfterSeconds}: when to ping next.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PingReply(
            UUID controllerId,
            String name,
            String playerName,
            @Nullable String firmwareVersion,
            @Nullable String wantedFirmwareVersion,
            boolean updateWanted,
            long pingAfterSeconds,
            Instant serverTime) {

        static PingReply of(RemoteController controller, Duration pingInterval, Instant now) {
            String wanted = controller.wantedOsVersion();
            return new PingReply(
                    controller.id(),
                    controller.name(),
                    controller.playerName(),
                    controller.osVersion(),
                    wanted,
                    wanted != null && !wanted.equals(controller.osVersion()),
                    pingInterval.toSeconds(),
                    now);
        }
    }

    record JoinRequest(@Nullable String pin) {}

    /**
     * The controller plays {@code gameId} as player {@code playerId}: connect to {@code /ws} with STOMP and the
     * header {@code player-token: token}, subscribe to {@code questionTopic} and the user queues, and send answers
     * to {@code answerDestination}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeviceJoined(
            UUID gameId,
            UUID playerId,
            String nickname,
            String token,
            @Nullable Integer team,
            String questionTopic,
            String answerDestination) {}

    // --- the teacher ---

    record AddRequest(
            @Nullable String setupCode,
            @Nullable String name,
            @Nullable String playerName) {}

    /** Only what is present changes; an empty {@code wantedFirmwareVersion} removes the wish. */
    record UpdateRequest(
            @Nullable String name,
            @Nullable String playerName,
            @Nullable String wantedFirmwareVersion) {}

    /** {@code status}: {@code online} (pinged within the online window), {@code offline} or {@code revoked}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ControllerDetails(
            UUID id,
            String name,
            String playerName,
            String status,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            @Nullable String firmwareVersion,
            @Nullable String wantedFirmwareVersion,
            Instant createdAt,
            @Nullable Instant revokedAt) {

        static ControllerDetails of(RemoteController controller, Instant now, Duration onlineWindow) {
            String status =
                    controller.isRevoked() ? "revoked" : controller.isOnline(now, onlineWindow) ? "online" : "offline";
            return new ControllerDetails(
                    controller.id(),
                    controller.name(),
                    controller.playerName(),
                    status,
                    controller.firstSeen(),
                    controller.lastSeen(),
                    controller.osVersion(),
                    controller.wantedOsVersion(),
                    controller.createdAt(),
                    controller.revokedAt());
        }
    }
}
