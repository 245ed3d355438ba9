/** Quizzes and their seven kinds of question. */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "audit", "storage", "theme", "shared"})
package io.quizhall.quiz;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
