/** Team play: players answer on their own; teams are ranked by the mean of their members' scores. */
@NullMarked
package io.quizhall.game.team;

import org.jspecify.annotations.NullMarked;
