/** Live games: PIN, lobby, players, questions, answers, judging, scoring, timers and the STOMP protocol. */
@NullMarked
package io.quizhall.game;

import org.jspecify.annotations.NullMarked;
