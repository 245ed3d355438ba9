/** The REST side of live games: creating, looking up and joining games, and the host screen's extras. */
@NullMarked
package io.quizhall.game.web;

import org.jspecify.annotations.NullMarked;
