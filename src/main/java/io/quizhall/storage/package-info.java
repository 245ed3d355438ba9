/** Uploaded files: images and videos for quizzes. */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "config", "shared"})
package io.quizhall.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
