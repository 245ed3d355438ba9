/**
 * The unlock-rules language of puzzle hunts (docs/hunt-rules.md): parsing and checking an organiser's rules, and
 * computing what a team has earned from its state at an instant. Pure Java, no Spring and no database.
 */
@NullMarked
package io.quizhall.hunt.rules;

import org.jspecify.annotations.NullMarked;
