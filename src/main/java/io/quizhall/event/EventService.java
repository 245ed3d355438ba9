package io.quizhall.event;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.event.EventPayloads.EventDetails;
import io.quizhall.event.EventPayloads.EventList;
import io.quizhall.event.EventPayloads.EventRequest;
import io.quizhall.event.EventPayloads.EventSummary;
import io.quizhall.event.EventPayloads.Launched;
import io.quizhall.event.EventPayloads.RegistrationView;
import io.quizhall.event.EventPayloads.SessionView;
import io.quizhall.game.GameLauncher;
import io.quizhall.ladder.LadderSessions;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RateLimiter;
import io.quizhall.shared.SecureTokens;
import io.quizhall.shared.SqlLike;
import io.quizhall.theme.ThemePayloads.SpecialEventView;
import io.quizhall.theme.ThemePayloads.SubjectTagView;
import io.quizhall.theme.ThemeService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled events: the organiser's side (write, publish, close, archive, curate the list, launch a session's
 * game) and the players' side (browse, register, unregister). Registrations lock the event's row, so the count and
 * the capacity hold under any number of concurrent sign-ups.
 */
@Service
public class EventService {

    private static final Logger log = LoggerFactory.getLogger(EventService.class);

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventValidator validator;
    private final EventProperties properties;
    private final AccountService accounts;
    private final AccountProperties accountProperties;
    private final GameLauncher launcher;
    private final RateLimiter rateLimiter;
    private final AuditTrail audit;
    private final ThemeService themes;
    private final LadderSessions ladders;
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher domainEvents;
    private final Clock clock;

    EventService(
            EventRepository events,
            EventRegistrationRepository registrations,
            EventValidator validator,
            EventProperties properties,
            AccountService accounts,
            AccountProperties accountProperties,
            GameLauncher launcher,
            RateLimiter rateLimiter,
            AuditTrail audit,
            ThemeService themes,
            LadderSessions ladders,
            JdbcClient jdbc,
            org.springframework.context.ApplicationEventPublisher domainEvents,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.validator = validator;
        this.properties = properties;
        this.accounts = accounts;
        this.accountProperties = accountProperties;
        this.launcher = launcher;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.themes = themes;
        this.ladders = ladders;
        this.jdbc = jdbc;
        this.domainEvents = domainEvents;
        this.clock = clock;
    }

    // --- organisers ---

    @Transactional
    public EventDetails create(EventRequest request, CurrentUser organiser) {
        var event = new Event(organiser.id(), validator.check(request, organiser, null), clock.instant());
        events.save(event);
        audit.record(organiser, "event.create", "event", event.id(), Map.of("title", event.title()));
        log.info("Event {} created by {}", event.id(), organiser.username());
        return details(event, organiser.id());
    }

    @Transactional
    public EventDetails update(UUID id, EventRequest request, CurrentUser organiser) {
        Event event = organised(id, organiser, true);
        if (request.version() != null && request.version() != event.version()) {
            throw EventExceptions.versionChanged();
        }
        event.replace(validator.check(request, organiser, event), clock.instant());
        audit.record(organiser, "event.update", "event", id, Map.of("capacity", event.capacity()));
        return details(events.saveAndFlush(event), organiser.id());
    }

    @Transactional
    public EventDetails publish(UUID id, boolean silent, CurrentUser organiser) {
        Event event = organised(id, organiser, true);
        event.publish(silent, clock.instant());
        audit.record(organiser, "event.publish", "event", id, Map.of("silent", silent));
        domainEvents.publishEvent(new EventPublished(id, organiser.id()));
        return details(event, organiser.id());
    }

    @Transactional
    public EventDetails close(UUID id, CurrentUser organiser) {
        return change(id, organiser, "event.close", Event::close);
    }

    @Transactional
    public EventDetails reopen(UUID id, CurrentUser organiser) {
        return change(id, organiser, "event.reopen", Event::reopen);
    }

    @Transactional
    public EventDetails archive(UUID id, CurrentUser organiser) {
        return change(id, organiser, "event.archive", Event::archive);
    }

    /** A change of the organiser's without details of its own: applied, audited, answered with the event. */
    private EventDetails change(
            UUID id, CurrentUser organiser, String action, java.util.function.BiConsumer<Event, Instant> how) {
        Event event = organised(id, organiser, true);
        how.accept(event, clock.instant());
        audit.record(organiser, action, "event", id, Map.of());
        return details(event, organiser.id());
    }

    @Transactional
    public void delete(UUID id, CurrentUser organiser) {
        Event event = organised(id, organiser, true);
        audit.record(
                organiser,
                "event.delete",
                "event",
                id,
                Map.of("title", event.title(), "registered", event.registered()));
        events.delete(event);
    }

    @Transactional(readOnly = true)
    public List<RegistrationView> registrations(UUID id, CurrentUser organiser) {
        organised(id, organiser, false);
        return registrations.findByEventIdOrderByRegisteredAt(id).stream()
                .map(registration -> new RegistrationView(
                        registration.userId(),
                        accounts.usernameOf(registration.userId()).orElse(""),
                        registration.registeredAt(),
                        registration.addedBy() != null,
                        registration.beyondCapacity()))
                .toList();
    }

    /** The organiser adds a player by username, past the capacity if need be (the registration records it). */
    @Transactional
    public RegistrationView add(UUID id, @Nullable String username, CurrentUser organiser) {
        if (username == null || username.isBlank()) {
            throw io.quizhall.shared.InvalidFieldsException.of("username", "must not be blank");
        }
        Event event = organised(id, organiser, true);
        UUID player = accounts.idOfUsername(username.strip()).orElseThrow(EventExceptions::noSuchUser);
        if (registrations.existsById(new EventRegistration.Key(id, player))) {
            throw EventExceptions.alreadyRegistered();
        }
        EventRegistration registration = registrations.save(event.add(player, organiser.id(), clock.instant()));
        audit.record(
                organiser,
                "event.registration.add",
                "event",
                id,
                Map.of("player", player.toString(), "beyondCapacity", registration.beyondCapacity()));
        domainEvents.publishEvent(new PlayerRegistered(id, player));
        log.info(
                "{} added {} to event {}{}",
                organiser.username(),
                username,
                id,
                registration.beyondCapacity() ? " beyond its capacity" : "");
        return new RegistrationView(
                player, username.strip(), registration.registeredAt(), true, registration.beyondCapacity());
    }

    @Transactional
    public void remove(UUID id, UUID player, CurrentUser organiser) {
        Event event = organised(id, organiser, true);
        var key = new EventRegistration.Key(id, player);
        if (!registrations.existsById(key)) {
            throw EventExceptions.notRegistered();
        }
        registrations.deleteById(key);
        event.unregistered(clock.instant());
        audit.record(organiser, "event.registration.remove", "event", id, Map.of("player", player.toString()));
    }

    /**
     * Starts the session's live game (the event's quiz, default options); registered players see its PIN. For an
     * event that runs a ladder: opens the session, so registered players get the link to start a run.
     */
    @Transactional
    public Launched launch(UUID id, UUID sessionId, CurrentUser organiser) {
        Event event = organised(id, organiser, true);
        EventSession session = event.launchable(sessionId, clock.instant(), properties.launchEarly());
        if (event.ladderSlug() != null) {
            session.ladderLaunched(clock.instant());
            audit.record(
                    organiser,
                    "event.session.launch",
                    "event",
                    id,
                    Map.of("session", sessionId.toString(), "ladder", event.ladderSlug()));
            log.info("Event {} session {} launched on ladder {}", id, sessionId, event.ladderSlug());
            return new Launched(sessionId, null, null, null, ladderUrl(event.ladderSlug()));
        }
        GameLauncher.Launched game = launcher.launch(organiser, java.util.Objects.requireNonNull(event.quizId()));
        session.launched(game.gameId(), game.pin());
        audit.record(
                organiser,
                "event.session.launch",
                "event",
                id,
                Map.of("session", sessionId.toString(), "game", game.gameId().toString()));
        domainEvents.publishEvent(new SessionLaunched(id, sessionId, game.gameId(), game.pin(), event.title()));
        log.info("Event {} session {} launched as game {}", id, sessionId, game.gameId());
        return new Launched(sessionId, game.gameId(), game.pin(), game.joinUrl(), null);
    }

    // --- everyone ---

    @Transactional(readOnly = true)
    public EventDetails read(UUID id, @Nullable CurrentUser reader) {
        UUID user = reader == null ? null : reader.id();
        return details(visible(id, user, false), user);
    }

    /**
     * Published events with a session still to come, soonest first; optionally only those with places left, of one
     * special event, or with one subject tag.
     */
    @Transactional(readOnly = true)
    public EventList upcoming(
            @Nullable String query,
            boolean hasPlaces,
            @Nullable UUID specialEvent,
            @Nullable UUID tag,
            int page,
            int size) {
        String pattern = query == null || query.isBlank() ? "%" : SqlLike.containing(query.strip());
        UUID none = new UUID(0, 0);
        return list(
                events.upcoming(
                        clock.instant(),
                        pattern,
                        hasPlaces,
                        specialEvent != null,
                        specialEvent == null ? none : specialEvent,
                        tag != null,
                        tag == null ? none : tag,
                        PageRequest.of(page, size)),
                page,
                size);
    }

    @Transactional(readOnly = true)
    public EventList organisedBy(CurrentUser organiser, int page, int size) {
        return list(
                events.findByOrganiserIdOrderByCreatedAtDesc(organiser.id(), PageRequest.of(page, size)), page, size);
    }

    @Transactional(readOnly = true)
    public EventList registeredBy(CurrentUser player, int page, int size) {
        return list(events.registeredBy(player.id(), PageRequest.of(page, size)), page, size);
    }

    @Transactional
    public EventDetails register(UUID id, boolean remind, CurrentUser player) {
        limitRegistrations(player);
        Event event = visible(id, player.id(), true);
        if (registrations.existsById(new EventRegistration.Key(id, player.id()))) {
            throw EventExceptions.alreadyRegistered();
        }
        registrations.save(event.register(player.id(), clock.instant()).remind(remind));
        audit.record(
                player,
                "event.register",
                "event",
                id,
                Map.of("status", event.status().name()));
        domainEvents.publishEvent(new PlayerRegistered(id, player.id()));
        return details(event, player.id());
    }

    @Transactional
    public EventDetails unregister(UUID id, CurrentUser player) {
        limitRegistrations(player);
        Event event = visible(id, player.id(), true);
        var key = new EventRegistration.Key(id, player.id());
        if (!registrations.existsById(key)) {
            throw EventExceptions.notRegistered();
        }
        registrations.deleteById(key);
        event.unregistered(clock.instant());
        audit.record(
                player,
                "event.unregister",
                "event",
                id,
                Map.of("status", event.status().name()));
        return details(event, player.id());
    }

    /** The events one player registered for, as calendar entries. */
    @Transactional(readOnly = true)
    public String calendarOf(CurrentUser player) {
        return calendarOfPlayer(player.id());
    }

    private String calendarOfPlayer(UUID player) {
        var ids = registrations.findByUserId(player).stream()
                .map(EventRegistration::eventId)
                .toList();
        return EventCalendar.write(events.findAllById(ids), publicUrl());
    }

    /**
     * Makes the user's calendar subscription address (replacing, and so revoking, any earlier one) and returns it:
     * the secret is shown this once and stored only as its hash.
     */
    @Transactional
    public EventPayloads.CalendarFeed newCalendarFeed(CurrentUser user) {
        String token = SecureTokens.newToken();
        jdbc.sql("""
                        INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash,
                                                            created_at = excluded.created_at""")
                .params(user.id(), SecureTokens.sha256(token), java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(user, "calendar.feed.create", "user", user.id(), Map.of());
        return new EventPayloads.CalendarFeed(accountProperties.link("/api/v1/calendar-feeds/" + token + ".ics"));
    }

    @Transactional
    public void deleteCalendarFeed(CurrentUser user) {
        jdbc.sql("DELETE FROM calendar_feeds WHERE user_id = ?")
                .param(user.id())
                .update();
    }

    /** The registrations of whoever the feed's secret belongs to; not found for an unknown or replaced secret. */
    @Transactional(readOnly = true)
    public String calendarOfFeed(String token) {
        UUID user = jdbc.sql("SELECT user_id FROM calendar_feeds WHERE token_hash = ?")
                .param(SecureTokens.sha256(token))
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No calendar at this address."));
        return calendarOfPlayer(user);
    }

    /** The event whose session ran this game, for its organiser (the game's report links back to it). */
    @Transactional(readOnly = true)
    public EventPayloads.EventOfGame eventOfGame(UUID gameId, CurrentUser organiser) {
        return jdbc.sql("""
                        SELECT e.id, e.title, s.id, s.starts_at FROM event_sessions s JOIN events e ON e.id = s.event_id
                        WHERE s.game_id = ? AND e.organiser_id = ?""")
                .params(gameId, organiser.id())
                .query((rs, n) -> new EventPayloads.EventOfGame(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("No event of yours ran this game."));
    }

    @Transactional(readOnly = true)
    public String calendar(UUID id, @Nullable CurrentUser reader) {
        return EventCalendar.write(List.of(visible(id, reader == null ? null : reader.id(), false)), publicUrl());
    }

    // --- helpers ---

    private void limitRegistrations(CurrentUser player) {
        rateLimiter.consumeOrThrow(
                "event:registration:" + player.id(),
                new RateLimiter.Limit(properties.registrationsPerMinute(), Duration.ofMinutes(1)),
                "Too many registrations. Wait a minute.");
    }

    /**
     * The event if the caller organises it: another user's draft is not found, another user's published event
     * is forbidden. {@code lock}: for changes, with the row locked against concurrent registrations.
     */
    private Event organised(UUID id, CurrentUser user, boolean lock) {
        Event event = visible(id, user.id(), lock);
        if (!event.isOrganisedBy(user.id())) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only the event's organiser may do this.");
        }
        return event;
    }

    /**
     * The event if {@code user} may see it (a draft only its organiser), else not found. {@code lock}: with its row
     * locked until the transaction ends, for changes that must not interleave with registrations.
     */
    private Event visible(UUID id, @Nullable UUID user, boolean lock) {
        Optional<Event> found = lock ? events.findLockedById(id) : events.findById(id);
        return found.filter(e -> e.visibleTo(user)).orElseThrow(() -> EventExceptions.notFound(id));
    }

    private EventList list(Page<Event> found, int page, int size) {
        Instant now = clock.instant();
        // The special events and tags of the whole page in two queries, not two per event.
        Map<UUID, SpecialEventView> specials = new java.util.HashMap<>();
        if (found.getContent().stream().anyMatch(event -> event.specialEventId() != null)) {
            themes.specialEvents().forEach(special -> specials.put(special.id(), special));
        }
        Map<UUID, SubjectTagView> tags = new java.util.HashMap<>();
        themes.tags(found.getContent().stream()
                        .flatMap(event -> event.tagIds().stream())
                        .collect(java.util.stream.Collectors.toSet()))
                .forEach(tag -> tags.put(tag.id(), tag));
        return new EventList(
                found.getContent().stream()
                        .map(event -> summary(event, now, specials, tags))
                        .toList(),
                page,
                size,
                found.getTotalElements());
    }

    private EventSummary summary(
            Event event, Instant now, Map<UUID, SpecialEventView> specials, Map<UUID, SubjectTagView> tags) {
        List<EventSession> sessions = event.sessions();
        EventSession shown = sessions.stream()
                .filter(session -> session.endsAt().isAfter(now))
                .findFirst()
                .orElse(sessions.isEmpty() ? null : sessions.get(sessions.size() - 1));
        return new EventSummary(
                event.id(),
                event.title(),
                accounts.usernameOf(event.organiserId()).orElse(""),
                event.capacity(),
                event.registered(),
                Math.max(0, event.capacity() - event.registered()),
                event.status(),
                shown == null ? event.createdAt() : shown.startsAt(),
                shown == null ? event.createdAt() : shown.endsAt(),
                sessions.size(),
                event.specialEventId() == null ? null : specials.get(event.specialEventId()),
                event.tagIds().stream()
                        .map(tags::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(SubjectTagView::name, String.CASE_INSENSITIVE_ORDER))
                        .toList(),
                event.picture());
    }

    private EventDetails details(Event event, @Nullable UUID reader) {
        boolean organiser = event.isOrganisedBy(reader);
        var registration = reader == null
                ? Optional.<EventRegistration>empty()
                : registrations.findById(new EventRegistration.Key(event.id(), reader));
        boolean insider = organiser || registration.isPresent();
        List<SessionView> sessions = event.sessions().stream()
                .map(session -> new SessionView(
                        session.id(),
                        session.startsAt(),
                        session.endsAt(),
                        session.launched(),
                        insider ? session.gamePin() : null,
                        insider && session.gamePin() != null
                                ? accountProperties.link("/play?pin=" + session.gamePin())
                                : null,
                        organiser ? session.gameId() : null,
                        insider && session.ladderLaunchedAt() != null && event.ladderSlug() != null
                                ? ladderUrl(event.ladderSlug())
                                : null))
                .toList();
        return new EventDetails(
                event.id(),
                event.title(),
                event.description(),
                event.eligibility(),
                event.organiserId(),
                accounts.usernameOf(event.organiserId()).orElse(""),
                event.quizId(),
                event.capacity(),
                event.registered(),
                Math.max(0, event.capacity() - event.registered()),
                event.status(),
                event.closedReason() == null ? null : event.closedReason().name(),
                event.curated(),
                sessions,
                new EventPayloads.Me(
                        organiser,
                        registration.isPresent(),
                        registration.map(EventRegistration::registeredAt).orElse(null),
                        registration.map(EventRegistration::remind).orElse(null)),
                event.version(),
                event.createdAt(),
                event.updatedAt(),
                event.specialEventId() == null
                        ? null
                        : themes.findSpecialEvent(event.specialEventId()).orElse(null),
                themes.tags(event.tagIds()),
                event.picture(),
                event.ladderSlug());
    }

    /**
     * A ladder session's leaderboard, for whoever may see the event: each registered player's best run on the
     * event's ladder among those started from the session's launch until its end.
     */
    @Transactional(readOnly = true)
    public EventPayloads.SessionLeaderboard leaderboard(UUID id, UUID sessionId, @Nullable CurrentUser reader) {
        Event event = visible(id, reader == null ? null : reader.id(), false);
        EventSession session = event.session(sessionId).orElseThrow(() -> EventExceptions.sessionNotFound(sessionId));
        String ladder = event.ladderSlug();
        if (ladder == null) {
            throw new NotFoundException("This event runs no ladder.");
        }
        Instant from = session.ladderLaunchedAt();
        List<io.quizhall.ladder.LadderBestRun> best = from == null
                ? List.of()
                : ladders.best(
                        ladder,
                        registrations.findByEventIdOrderByRegisteredAt(id).stream()
                                .map(EventRegistration::userId)
                                .toList(),
                        from,
                        session.endsAt());
        var entries = new java.util.ArrayList<EventPayloads.LeaderboardEntry>();
        for (int i = 0; i < best.size(); i++) {
            var run = best.get(i);
            // Competition ranks: equal prizes share a rank.
            int rank = i > 0 && best.get(i - 1).prize() == run.prize()
                    ? entries.get(i - 1).rank()
                    : i + 1;
            entries.add(new EventPayloads.LeaderboardEntry(
                    rank, accounts.usernameOf(run.userId()).orElse(run.playerName()), run.prize(), run.finished()));
        }
        return new EventPayloads.SessionLeaderboard(sessionId, ladder, from, session.endsAt(), entries);
    }

    private String ladderUrl(String slug) {
        return accountProperties.link(
                "/ladder?start=" + java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8));
    }

    private String publicUrl() {
        return accountProperties.link("");
    }
}
