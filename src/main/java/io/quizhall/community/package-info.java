/** Public quizzes, ratings and moderation. */
@NullMarked
@ApplicationModule(allowedDependencies = {"quiz", "account", "audit", "event", "game", "results", "shared"})
package io.quizhall.community;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
