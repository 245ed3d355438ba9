package io.quizhall.event.web;

import io.quizhall.event.EventService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Calendar subscription addresses: calendar apps fetch a user's registrations with the secret in the path. */
@RestController
@Tag(name = "Events")
class CalendarFeedController {

    private final EventService events;

    CalendarFeedController(EventService events) {
        this.events = events;
    }

    @GetMapping(value = "/api/v1/calendar-feeds/{token}.ics", produces = "text/calendar")
    @Operation(summary = "A user's registrations as iCalendar, for calendar apps (no sign-in: the secret is the key)")
    @ApiResponse(responseCode = "404", description = "Unknown or revoked address")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .body(events.calendarOfFeed(token));
    }
}
