/**
 * Trophies: definitions, the rules that award them on other modules' domain events (idempotently, through a ledger
 * of awards), administrators' manual awards, leaderboards. docs/trophies.md describes them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "audit", "event", "game", "storage", "shared"})
package io.quizhall.trophy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
