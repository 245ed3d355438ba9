/** Cross-cutting configuration: embedded servers, security, web and error handling. */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "shared"})
package io.quizhall.config;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
