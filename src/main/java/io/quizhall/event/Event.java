package io.quizhall.event;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled event and its rules: the lifecycle (draft → open → closed → archived), the capacity and the count of
 * registered players (kept equal to the registration rows; callers hold the row's lock), closing itself when full
 * and reopening when a place frees up unless the organiser curates the list.
 */
@Entity
@Table(name = "events")
class Event {

    /** Why a closed event is closed. */
    enum ClosedReason {
        FULL,
        ORGANISER,
        SILENT
    }

    @Id
    private UUID id;

    private UUID organiserId;

    private @Nullable UUID quizId;

    private String title;

    private String description;

    private @Nullable String eligibility;

    private int capacity;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    @Enumerated(EnumType.STRING)
    private @Nullable ClosedReason closedReason;

    private boolean curated;

    private @Nullable UUID specialEventId;

    /** The ladder the event runs instead of a quiz. */
    private @Nullable String ladderSlug;

    /** A picture the organiser uploaded (a storage item's id). */
    private @Nullable UUID picture;

    @ElementCollection
    @CollectionTable(name = "event_subject_tags", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "tag_id")
    private Set<UUID> tagIds = new HashSet<>();

    private int registered;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EventSession> sessions = new ArrayList<>();

    protected Event() {}

    Event(UUID organiserId, EventContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.organiserId = organiserId;
        this.status = EventStatus.DRAFT;
        this.createdAt = now;
        replace(content, now);
    }

    /** Replaces what the organiser wrote (validated before); sessions already launched cannot change. */
    void replace(EventContent content, Instant now) {
        if (status == EventStatus.ARCHIVED) {
            throw EventExceptions.archived();
        }
        if (sessions.stream().anyMatch(EventSession::launched)) {
            throw EventExceptions.sessionsLaunched();
        }
        if (status != EventStatus.DRAFT && content.capacity() < registered) {
            throw EventExceptions.capacityBelowRegistered(registered);
        }
        if (status != EventStatus.DRAFT
                && content.sessions().stream().anyMatch(s -> !s.startsAt().isAfter(now))) {
            throw EventExceptions.sessionInThePast();
        }
        this.title = content.title();
        this.description = content.description();
        this.eligibility = content.eligibility();
        this.quizId = content.quizId();
        this.capacity = content.capacity();
        this.curated = content.curated();
        this.specialEventId = content.specialEventId();
        this.ladderSlug = content.ladderSlug();
        this.picture = content.picture();
        this.tagIds.retainAll(content.tagIds());
        this.tagIds.addAll(content.tagIds());
        // Sessions keep their ids by position, so calendar entries (UIDs) follow a change of time.
        var times = content.sessions();
        while (sessions.size() > times.size()) {
            sessions.remove(sessions.size() - 1);
        }
        for (int i = 0; i < times.size(); i++) {
            if (i < sessions.size()) {
                sessions.get(i).reschedule(times.get(i).startsAt(), times.get(i).endsAt());
            } else {
                sessions.add(new EventSession(
                        this, i, times.get(i).startsAt(), times.get(i).endsAt()));
            }
        }
        this.updatedAt = now;
        followCapacity();
    }

    /** Opens the event for registration, or with {@code silent} straight to closed (a private list). */
    void publish(boolean silent, Instant now) {
        if (status != EventStatus.DRAFT) {
            throw EventExceptions.invalidTransition("Only a draft can be published.");
        }
        if (sessions.isEmpty()) {
            throw EventExceptions.noSessions();
        }
        if (sessions.stream().anyMatch(session -> !session.startsAt().isAfter(now))) {
            throw EventExceptions.sessionInThePast();
        }
        status = silent ? EventStatus.CLOSED : EventStatus.OPEN;
        closedReason = silent ? ClosedReason.SILENT : null;
        updatedAt = now;
        if (!silent) {
            followCapacity();
        }
    }

    void close(Instant now) {
        if (status != EventStatus.OPEN) {
            throw EventExceptions.invalidTransition("Only an open event can be closed.");
        }
        status = EventStatus.CLOSED;
        closedReason = ClosedReason.ORGANISER;
        updatedAt = now;
    }

    void reopen(Instant now) {
        if (status != EventStatus.CLOSED) {
            throw EventExceptions.invalidTransition("Only a closed event can be reopened.");
        }
        if (registered >= capacity) {
            throw EventExceptions.full();
        }
        status = EventStatus.OPEN;
        closedReason = null;
        updatedAt = now;
    }

    void archive(Instant now) {
        if (status == EventStatus.ARCHIVED) {
            throw EventExceptions.invalidTransition("The event is archived already.");
        }
        status = EventStatus.ARCHIVED;
        closedReason = null;
        updatedAt = now;
    }

    /** A player registers themselves: only while open, and only while there is room. */
    EventRegistration register(UUID userId, Instant now) {
        if (registered >= capacity && status != EventStatus.ARCHIVED && status != EventStatus.DRAFT) {
            throw EventExceptions.full();
        }
        if (status != EventStatus.OPEN) {
            throw EventExceptions.notOpen();
        }
        registered++;
        followCapacity();
        return new EventRegistration(id, userId, now, null, false);
    }

    /** The organiser adds a player, past the capacity if need be (recorded on the registration). */
    EventRegistration add(UUID userId, UUID organiser, Instant now) {
        if (status == EventStatus.DRAFT || status == EventStatus.ARCHIVED) {
            throw EventExceptions.invalidTransition("Players can be added to a published event that is not archived.");
        }
        boolean beyond = registered >= capacity;
        registered++;
        followCapacity();
        return new EventRegistration(id, userId, now, organiser, beyond);
    }

    /** A registration ended (the player left, or the organiser removed them): a place frees up. */
    void unregistered(Instant now) {
        if (status == EventStatus.ARCHIVED) {
            throw EventExceptions.archived();
        }
        registered = Math.max(0, registered - 1);
        updatedAt = now;
        followCapacity();
    }

    /** Closes a full open event and reopens one closed because it was full, unless the organiser curates. */
    private void followCapacity() {
        if (curated) {
            return;
        }
        if (status == EventStatus.OPEN && registered >= capacity) {
            status = EventStatus.CLOSED;
            closedReason = ClosedReason.FULL;
        } else if (status == EventStatus.CLOSED && closedReason == ClosedReason.FULL && registered < capacity) {
            status = EventStatus.OPEN;
            closedReason = null;
        }
    }

    /** The session the organiser may launch now: from {@code early} before its start until its end. */
    EventSession launchable(UUID sessionId, Instant now, java.time.Duration early) {
        if (status == EventStatus.DRAFT || status == EventStatus.ARCHIVED) {
            throw EventExceptions.invalidTransition("Only a published event's sessions can be launched.");
        }
        if (quizId == null && ladderSlug == null) {
            throw EventExceptions.noQuiz();
        }
        EventSession session = session(sessionId).orElseThrow(() -> EventExceptions.sessionNotFound(sessionId));
        if (session.launched()) {
            throw EventExceptions.alreadyLaunched();
        }
        if (now.isBefore(session.startsAt().minus(early)) || !now.isBefore(session.endsAt())) {
            throw EventExceptions.notLaunchableNow(early);
        }
        return session;
    }

    Optional<EventSession> session(UUID sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    boolean isOrganisedBy(@Nullable UUID user) {
        return organiserId.equals(user);
    }

    /** Who may see the event at all: its organiser always, everyone once it is published. */
    boolean visibleTo(@Nullable UUID user) {
        return status != EventStatus.DRAFT || isOrganisedBy(user);
    }

    UUID id() {
        return id;
    }

    UUID organiserId() {
        return organiserId;
    }

    @Nullable
    UUID quizId() {
        return quizId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Nullable
    String eligibility() {
        return eligibility;
    }

    int capacity() {
        return capacity;
    }

    EventStatus status() {
        return status;
    }

    @Nullable
    ClosedReason closedReason() {
        return closedReason;
    }

    boolean curated() {
        return curated;
    }

    int registered() {
        return registered;
    }

    @Nullable
    UUID specialEventId() {
        return specialEventId;
    }

    @Nullable
    String ladderSlug() {
        return ladderSlug;
    }

    @Nullable
    UUID picture() {
        return picture;
    }

    Set<UUID> tagIds() {
        return Set.copyOf(tagIds);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    List<EventSession> sessions() {
        return List.copyOf(sessions);
    }
}
