package io.quizhall.event;

/** An event's lifecycle: a draft only its organiser sees, open for registration, closed, archived (read-only). */
public enum EventStatus {
    DRAFT,
    OPEN,
    CLOSED,
    ARCHIVED
}
