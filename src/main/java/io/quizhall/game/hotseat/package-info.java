/**
 * The hot seat: a ladder round inside a live game. One contestant climbs the ladder on their phone while the room
 * answers the same questions as the audience (docs/live-protocol.md, "Hot seat").
 */
@NullMarked
package io.quizhall.game.hotseat;

import org.jspecify.annotations.NullMarked;
