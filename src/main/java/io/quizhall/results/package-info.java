/** Finished games and their statistics. */
@NullMarked
package io.quizhall.results;

import org.jspecify.annotations.NullMarked;
