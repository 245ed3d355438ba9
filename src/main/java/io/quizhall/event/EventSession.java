package io.quizhall.event;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One sitting of an event: when it runs and, once the organiser launched it, its live game. */
@Entity
@Table(name = "event_sessions")
class EventSession {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    private int position;

    private Instant startsAt;

    private Instant endsAt;

    private @Nullable UUID gameId;

    private @Nullable String gamePin;

    /** When the organiser opened the session of an event that runs a ladder or a hunt (no game of its own). */
    private @Nullable Instant openedAt;

    protected EventSession() {}

    EventSession(Event event, int position, Instant startsAt, Instant endsAt) {
        this.id = UUID.randomUUID();
        this.event = event;
        this.position = position;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    @Nullable
    UUID gameId() {
        return gameId;
    }

    @Nullable
    String gamePin() {
        return gamePin;
    }

    boolean launched() {
        return gameId != null || openedAt != null;
    }

    @Nullable
    Instant openedAt() {
        return openedAt;
    }

    /**
     * The session of a ladder or hunt event starts: registered players may start runs (or go to the hunt) from now
     * until its end.
     */
    void opened(Instant now) {
        this.openedAt = now;
    }

    void reschedule(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    void launched(UUID gameId, String pin) {
        this.gameId = gameId;
        this.gamePin = pin;
    }
}
