/** Activities (QuizTivities): self-paced pages that learners go through alone, and the links that share them. */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "storage", "shared"})
package io.quizhall.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
