/** Remote button controllers (buzzers with four buttons) a teacher pairs with their account; they play live games as players (docs/controllers.md). */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "game", "shared"})
package io.quizhall.remote;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
