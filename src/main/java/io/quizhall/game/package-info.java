/**
 * Live games. The root package is the module's API: the domain events {@link io.quizhall.game.GameStarted},
 * {@link io.quizhall.game.QuestionClosed} and {@link io.quizhall.game.GameFinished}. Inside: {@code core} (the
 * engine every mode shares, on Redis), {@code classic} (the classic mode), {@code live} (STOMP) and {@code web}
 * (REST). docs/architecture.md explains the engine; docs/live-protocol.md the protocol.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"quiz", "account", "storage", "shared"})
package io.quizhall.game;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
