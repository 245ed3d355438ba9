/**
 * Scheduled events: an organiser announces a quiz night or a class test with sessions and a capacity, players
 * register, and the organiser launches each session's live game from the event. docs/events.md describes it.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account",
            "audit",
            "quiz",
            "game",
            "hunt",
            "ladder",
            "notification",
            "storage",
            "theme",
            "shared"
        })
package io.quizhall.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
