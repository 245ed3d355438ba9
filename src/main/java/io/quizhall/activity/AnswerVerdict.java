package io.quizhall.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Whether the chosen option is correct, and which options are: the learner has answered, so the solution may show.
 *
 * @param correctAnswers indexes (from 0) of every correct option
 */
@Schema(description = "Feedback on an ABCD answer: whether it is correct and which options are.")
public record AnswerVerdict(boolean correct, List<Integer> correctAnswers) {}
