/** Types every feature may use: problem types and the exceptions that carry them, the clock. */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.quizhall.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
