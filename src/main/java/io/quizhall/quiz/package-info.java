/** Quizzes and their seven kinds of question. */
@NullMarked
package io.quizhall.quiz;

import org.jspecify.annotations.NullMarked;
