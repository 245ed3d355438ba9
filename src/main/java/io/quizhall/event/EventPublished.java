package io.quizhall.event;

import java.util.UUID;

/** An organiser published an event (openly or silently). Published in the transaction that did it. */
public record EventPublished(UUID eventId, UUID organiserId) {}
