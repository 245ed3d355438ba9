/** The STOMP side of live games: WebSocket configuration, per-frame authentication and authorisation, message handlers, error frames. */
@NullMarked
package io.quizhall.game.live;

import org.jspecify.annotations.NullMarked;
