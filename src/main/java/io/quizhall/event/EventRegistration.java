package io.quizhall.event;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A player's place in an event; {@code addedBy} and {@code beyondCapacity} when the organiser added them. */
@Entity
@Table(name = "event_registrations")
@IdClass(EventRegistration.Key.class)
class EventRegistration {

    @Id
    private UUID eventId;

    @Id
    private UUID userId;

    private Instant registeredAt;

    private @Nullable UUID addedBy;

    private boolean beyondCapacity;

    /** Whether the player wants an e-mail before each session. */
    private boolean remind = true;

    protected EventRegistration() {}

    EventRegistration(UUID eventId, UUID userId, Instant now, @Nullable UUID addedBy, boolean beyondCapacity) {
        this.eventId = eventId;
        this.userId = userId;
        this.registeredAt = now;
        this.addedBy = addedBy;
        this.beyondCapacity = beyondCapacity;
    }

    UUID eventId() {
        return eventId;
    }

    UUID userId() {
        return userId;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    @Nullable
    UUID addedBy() {
        return addedBy;
    }

    boolean beyondCapacity() {
        return beyondCapacity;
    }

    boolean remind() {
        return remind;
    }

    EventRegistration remind(boolean wanted) {
        this.remind = wanted;
        return this;
    }

    record Key(UUID eventId, UUID userId) implements Serializable {}
}
