/**
 * Puzzle hunts: teams join by code and solve puzzles that the hunt's unlock rules open to them, with free-text
 * answers checked under normalisation flags and ordered auto-responses, and live team feeds. The root package holds
 * the service API, payloads and domain events; {@code web} its controllers. docs/hunts.md describes it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "audit", "storage", "game", "notification", "shared"})
package io.quizhall.hunt;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
