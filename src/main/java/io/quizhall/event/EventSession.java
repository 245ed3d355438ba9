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

    /** When the organiser launched the session of an event that runs a ladder. */
    private @Nullable Instant ladderLaunchedAt;

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
        return gameId != null || ladderLaunchedAt != null;
    }

    @Nullable
    Instant ladderLaunchedAt() {
        return ladderLaunchedAt;
    }

    /** The session of a ladder event starts: registered players may start runs from now until its end. */
    void ladderLaunched(Instant now) {
        this.ladderLaunchedAt = now;
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
