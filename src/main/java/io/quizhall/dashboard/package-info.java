/**
 * The personal dashboard: a signed-in user's agenda, what they hosted and played, statistics and trophies, computed
 * with aggregate queries over the other features' tables (a read model; it writes nothing). docs/dashboard.md.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "trophy", "shared"})
package io.quizhall.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
