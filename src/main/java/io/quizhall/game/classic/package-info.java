/** The classic mode: the quiz's questions in order, answers judged by kind and scored by speed. */
@NullMarked
package io.quizhall.game.classic;

import org.jspecify.annotations.NullMarked;
