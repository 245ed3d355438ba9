package io.quizhall.notification;

/** What a notification is about; users subscribe to these. docs/notifications.md lists who publishes each. */
public enum NotificationType {
    /** Staff answered a team's hint request (the hunt module). */
    HINT_ANSWERED,
    /** Someone in the recipient's team solved a puzzle (the hunt module). */
    TEAM_SOLVED_PUZZLE,
    /** The organisers posted an announcement for a hunt or a puzzle (the hunt module). */
    ANNOUNCEMENT,
    /** A hunt the recipient takes part in is about to start (the hunt module). */
    HUNT_STARTING,
    /** The organiser launched the live game of an event session the recipient registered for (the event module). */
    EVENT_SESSION_STARTING
}
