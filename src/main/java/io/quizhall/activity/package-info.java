/** Activities (QuizTivities): self-paced pages that learners go through alone, and the links that share them. */
@NullMarked
package io.quizhall.activity;

import org.jspecify.annotations.NullMarked;
