/** QuizTivities: self-paced pages and their shares. */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "storage", "shared"})
package io.quizhall.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
