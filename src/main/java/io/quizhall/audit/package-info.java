/**
 * The audit trail: an append-only log of what people did to quizzes, games, events and registrations, written in
 * the same transaction as the action; administrators page and filter it. docs/audit.md describes it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "shared"})
package io.quizhall.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
