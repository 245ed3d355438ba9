package io.quizhall.event;

import java.util.UUID;

/** The organiser started a session's live game; registered players may join it with the PIN. */
public record SessionLaunched(UUID eventId, UUID sessionId, UUID gameId, String pin, String title) {}
