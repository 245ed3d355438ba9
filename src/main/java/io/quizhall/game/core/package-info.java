/** The engine every game mode shares: PINs, lobby, joining and tokens, timers and deadlines, the once-only answer guard, fan-out and connections; the game mode SPI. */
@NullMarked
package io.quizhall.game.core;

import org.jspecify.annotations.NullMarked;
