/** Hardware buzzers (controllers) paired with an account. */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "shared"})
package io.quizhall.remote;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
