/** This installation: its identity, version and enabled features. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package io.quizhall.instance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
