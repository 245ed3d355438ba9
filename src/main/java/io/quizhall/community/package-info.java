/** Public quizzes, ratings and moderation. */
@NullMarked
package io.quizhall.community;

import org.jspecify.annotations.NullMarked;
