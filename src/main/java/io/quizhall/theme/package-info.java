/**
 * Special events (themed events that group scheduled events and quizzes, with their own page) and subject tags (an
 * administrators' list that events and quizzes are tagged with). docs/events.md, "Special events and subject tags".
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "audit", "shared"})
package io.quizhall.theme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
