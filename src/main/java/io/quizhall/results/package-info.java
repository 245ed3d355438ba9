/** Finished games: kept from the game module's {@code GameFinished} events, shown to their hosts. */
@NullMarked
@ApplicationModule(allowedDependencies = {"game", "quiz", "account", "audit", "shared"})
package io.quizhall.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
