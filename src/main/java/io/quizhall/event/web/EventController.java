package io.quizhall.event.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.event.EventPayloads.AddRegistrationRequest;
import io.quizhall.event.EventPayloads.CalendarFeed;
import io.quizhall.event.EventPayloads.EventDetails;
import io.quizhall.event.EventPayloads.EventList;
import io.quizhall.event.EventPayloads.EventRequest;
import io.quizhall.event.EventPayloads.Launched;
import io.quizhall.event.EventPayloads.PublishRequest;
import io.quizhall.event.EventPayloads.RegistrationRequest;
import io.quizhall.event.EventPayloads.RegistrationView;
import io.quizhall.event.EventService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduled events over REST (docs/events.md): browsing and reading are open to everyone; everything else needs a
 * signed-in user, and changes to an event its organiser.
 */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Scheduled quiz events: sessions, capacity, registration, launching the game")
class EventController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Upcoming published events, soonest first", description = "Open to everyone")
    EventList upcoming(
            @Parameter(description = "Words of the title") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Only events with places left") @RequestParam(defaultValue = "false")
                    boolean hasPlaces,
            @Parameter(description = "Only the events of this special event") @RequestParam(required = false) @Nullable
                    UUID specialEvent,
            @Parameter(description = "Only the events with this subject tag") @RequestParam(required = false) @Nullable
                    UUID tag,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return events.upcoming(q, hasPlaces, specialEvent, tag, page, size);
    }

    @PostMapping
    @Operation(summary = "Announce an event (a draft until published)")
    @ApiResponse(responseCode = "201", description = "Created; Location points at it")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` lists every invalid field")
    ResponseEntity<EventDetails> create(@RequestBody EventRequest request, @AuthenticationPrincipal CurrentUser user) {
        EventDetails created = events.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/events/" + created.id()))
                .body(created);
    }

    @GetMapping("/organised")
    @Operation(summary = "Events I organise, newest first (drafts included)")
    EventList organised(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return events.organisedBy(user, page, size);
    }

    @GetMapping("/registered")
    @Operation(summary = "Events I registered for")
    EventList registered(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return events.registeredBy(user, page, size);
    }

    @GetMapping(value = "/registered/calendar.ics", produces = "text/calendar")
    @Operation(summary = "My registrations as an iCalendar file, one entry per session")
    ResponseEntity<String> myCalendar(@AuthenticationPrincipal CurrentUser user) {
        return calendar(events.calendarOf(user), "quizhall-events.ics");
    }

    @PostMapping("/registered/calendar-feed")
    @Operation(
            summary = "Make my calendar subscription address",
            description = "For calendar apps, which cannot sign in: the address holds a secret, shown only now; "
                    + "making a new one revokes the old")
    ResponseEntity<CalendarFeed> newFeed(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(events.newCalendarFeed(user));
    }

    @DeleteMapping("/registered/calendar-feed")
    @Operation(summary = "Revoke my calendar subscription address")
    ResponseEntity<Void> deleteFeed(@AuthenticationPrincipal CurrentUser user) {
        events.deleteCalendarFeed(user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/by-game/{gameId}")
    @Operation(summary = "The event a game was launched from (its organiser only), for links from the game's report")
    @ApiResponse(responseCode = "404", description = "No event of the caller's ran this game")
    io.quizhall.event.EventPayloads.EventOfGame byGame(
            @PathVariable UUID gameId, @AuthenticationPrincipal CurrentUser user) {
        return events.eventOfGame(gameId, user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One event",
            description = "A draft only for its organiser; a launched session's PIN only "
                    + "for the organiser and registered players")
    @ApiResponse(responseCode = "404", description = "No such event, or someone else's draft")
    EventDetails read(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return events.read(id, user);
    }

    @GetMapping(value = "/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "One event's sessions as an iCalendar file")
    ResponseEntity<String> calendar(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return calendar(events.calendar(id, user), "event-" + id + ".ics");
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an event (not once a session was launched, not when archived)")
    @ApiResponse(responseCode = "400", description = "validation-failed")
    @ApiResponse(responseCode = "403", description = "forbidden: not the organiser")
    @ApiResponse(responseCode = "412", description = "precondition-failed: `version` is not the current one")
    EventDetails update(
            @PathVariable UUID id, @RequestBody EventRequest request, @AuthenticationPrincipal CurrentUser user) {
        return events.update(id, request, user);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an event with its registrations")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        events.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft: open for registration, or with `silent` straight to closed")
    @ApiResponse(responseCode = "400", description = "validation-failed: no session, or a session not in the future")
    EventDetails publish(
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable PublishRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return events.publish(id, request != null && Boolean.TRUE.equals(request.silent()), user);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close registration")
    EventDetails close(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return events.close(id, user);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Open registration again", description = "event-full if no place is left")
    EventDetails reopen(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return events.reopen(id, user);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive an event: read-only from now on")
    EventDetails archive(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return events.archive(id, user);
    }

    @PostMapping("/{id}/registration")
    @Operation(
            summary = "Register myself",
            description = "Body optional: `{\"remind\": false}` turns off the e-mail before each session")
    @ApiResponse(responseCode = "409", description = "event-full, event-not-open or already-registered")
    @ApiResponse(responseCode = "429", description = "too-many-requests")
    EventDetails register(
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable RegistrationRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return events.register(id, request == null || !Boolean.FALSE.equals(request.remind()), user);
    }

    @DeleteMapping("/{id}/registration")
    @Operation(summary = "Unregister myself; a place frees up")
    @ApiResponse(responseCode = "404", description = "not-found: not registered")
    EventDetails unregister(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return events.unregister(id, user);
    }

    @GetMapping("/{id}/registrations")
    @Operation(summary = "The registered players (organiser only)")
    List<RegistrationView> registrations(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return events.registrations(id, user);
    }

    @PostMapping("/{id}/registrations")
    @Operation(
            summary = "Add a player by username (organiser only)",
            description = "Also past the capacity: the registration then says `beyondCapacity`")
    @ApiResponse(responseCode = "404", description = "not-found: no account with this username")
    @ApiResponse(responseCode = "409", description = "already-registered")
    ResponseEntity<RegistrationView> add(
            @PathVariable UUID id,
            @RequestBody AddRegistrationRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(events.add(id, request.username(), user));
    }

    @DeleteMapping("/{id}/registrations/{userId}")
    @Operation(summary = "Remove a player (organiser only)")
    ResponseEntity<Void> remove(
            @PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal CurrentUser user) {
        events.remove(id, userId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/sessions/{sessionId}/launch")
    @Operation(
            summary = "Start a session's live game, or open a ladder session (organiser only)",
            description = "From quizhall.event.launch-early before the session's start until its end; registered "
                    + "players then see the PIN on the event (open the host screen at /host/{gameId}), or for an"
                    + " event that runs a ladder the link that starts their run (`ladderUrl`).")
    @ApiResponse(responseCode = "409", description = "conflict: launched already, too early or too late, no quiz")
    Launched launch(@PathVariable UUID id, @PathVariable UUID sessionId, @AuthenticationPrincipal CurrentUser user) {
        return events.launch(id, sessionId, user);
    }

    @GetMapping("/{id}/sessions/{sessionId}/leaderboard")
    @Operation(
            summary = "A ladder session's leaderboard",
            description = "For an event that runs a ladder: each registered player's best run started from the"
                    + " session's launch until its end, highest prize first. Whoever may see the event may read it")
    @ApiResponse(responseCode = "404", description = "No such event or session, or the event runs no ladder")
    io.quizhall.event.EventPayloads.SessionLeaderboard leaderboard(
            @PathVariable UUID id, @PathVariable UUID sessionId, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return events.leaderboard(id, sessionId, user);
    }

    private static ResponseEntity<String> calendar(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
