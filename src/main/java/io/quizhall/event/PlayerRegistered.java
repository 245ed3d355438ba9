package io.quizhall.event;

import java.util.UUID;

/** A player registered for an event, by themselves or added by its organiser. */
public record PlayerRegistered(UUID eventId, UUID playerId) {}
