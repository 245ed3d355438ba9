/**
 * Solo "millionaire" ladder: a categorised question bank (starter bank, OpenTriviaDB import, approved proposals),
 * ladders as configuration, runs with server-clock deadlines and server-side lifelines, leaderboards and history.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "game", "quiz", "shared"})
package io.quizhall.ladder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
