/** QuizTivities: self-paced pages and their shares. */
@NullMarked
package io.quizhall.activity;

import org.jspecify.annotations.NullMarked;
