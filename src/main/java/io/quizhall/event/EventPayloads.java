package io.quizhall.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quizhall.theme.ThemePayloads.SpecialEventView;
import io.quizhall.theme.ThemePayloads.SubjectTagView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the events API reads and writes (docs/events.md). */
public final class EventPayloads {

    private EventPayloads() {}

    /**
     * A new event or a changed one. {@code description} and {@code eligibility} are limited rich text; times are
     * ISO-8601 instants; {@code curated}: the organiser keeps the list ("by selection"), so the event never closes
     * or reopens by itself. {@code version} (on update, optional): the version read, refused if it changed since.
     * {@code specialEventId}: the special event it belongs to (an active one); {@code tagIds}: subject tags of the
     * administrators' list; {@code picture}: the id of a picture the organiser uploaded.
     */
    public record EventRequest(
            @Nullable String title,
            @Nullable String description,
            @Nullable String eligibility,
            @Nullable UUID quizId,
            @Nullable Integer capacity,
            @Nullable Boolean curated,
            @Nullable List<@Nullable SessionRequest> sessions,
            @Nullable Long version,
            @Nullable UUID specialEventId,
            @Nullable List<@Nullable UUID> tagIds,

            @Schema(description = "Storage item id of the event's picture", format = "uuid") @Nullable
            String picture,

            @Schema(description = "The slug of the ladder the event runs instead of a quiz") @Nullable
            String ladder) {}

    public record SessionRequest(
            @Nullable Instant startsAt, @Nullable Instant endsAt) {}

    /** {@code silent}: publish straight to closed, for a list the organiser fills. */
    public record PublishRequest(@Nullable Boolean silent) {}

    /** A player's registration: {@code remind} false turns off the e-mail before each session (on by default). */
    public record RegistrationRequest(@Nullable Boolean remind) {}

    /** The organiser adds a player by username. */
    public record AddRegistrationRequest(@Nullable String username) {}

    /**
     * A session. {@code pin} and {@code joinUrl}: its live game once launched, for its organiser and registered
     * players only; {@code gameId} for the organiser only (the game's report is at {@code /results?game=}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(
            UUID id,
            Instant startsAt,
            Instant endsAt,
            boolean launched,
            @Nullable String pin,
            @Nullable String joinUrl,
            @Nullable UUID gameId,

            @Schema(description = "A launched ladder session: where registered players start their run") @Nullable
            String ladderUrl) {}

    /**
     * One event as its reader may see it. {@code registered}: places taken; {@code placesLeft}: 0 when full;
     * {@code closedReason}: why a closed event is closed ({@code FULL} reopens by itself when a place frees up).
     * {@code me}: the reader's relation to it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventDetails(
            UUID id,
            String title,
            String description,
            @Nullable String eligibility,
            UUID organiserId,
            String organiser,
            @Nullable UUID quizId,
            int capacity,
            int registered,
            int placesLeft,
            EventStatus status,
            @Nullable String closedReason,
            boolean curated,
            List<SessionView> sessions,
            Me me,
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Nullable SpecialEventView specialEvent,
            List<SubjectTagView> tags,
            @Nullable UUID picture,

            @Schema(description = "The slug of the ladder the event runs instead of a quiz") @Nullable
            String ladder) {}

    /** The reader and the event: organiser, registered (since when, and whether e-mail reminders are on). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(
            boolean organiser,
            boolean registered,
            @Nullable Instant registeredAt,
            @Nullable Boolean remind) {}

    /**
     * An event in a list: its next session (or its last one, once all are over), its special event, tags and
     * picture.
     */
    public record EventSummary(
            UUID id,
            String title,
            String organiser,
            int capacity,
            int registered,
            int placesLeft,
            EventStatus status,
            Instant startsAt,
            Instant endsAt,
            int sessions,
            @Nullable SpecialEventView specialEvent,
            List<SubjectTagView> tags,
            @Nullable UUID picture) {}

    public record EventList(List<EventSummary> items, int page, int size, long total) {}

    /** A registration as its event's organiser sees it. */
    public record RegistrationView(
            UUID userId, String username, Instant registeredAt, boolean addedByOrganiser, boolean beyondCapacity) {}

    /**
     * A launched session: its live game ({@code gameId}, {@code pin}, {@code joinUrl}) or, for a ladder, {@code
     * ladderUrl}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Launched(
            UUID sessionId,
            @Nullable UUID gameId,
            @Nullable String pin,
            @Nullable String joinUrl,
            @Nullable String ladderUrl) {}

    /** A session's ladder leaderboard: each registered player's best run started from the launch to the end. */
    public record SessionLeaderboard(
            UUID sessionId, String ladder, @Nullable Instant from, Instant to, List<LeaderboardEntry> entries) {}

    public record LeaderboardEntry(int rank, String username, long prize, boolean finished) {}

    /** The event (and session) a game was launched from. */
    public record EventOfGame(UUID eventId, String title, UUID sessionId, Instant startsAt) {}

    /** A calendar subscription address; whoever has it reads the user's registrations, so keep it private. */
    public record CalendarFeed(String url) {}
}
