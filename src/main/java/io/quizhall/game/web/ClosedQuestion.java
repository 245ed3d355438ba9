package io.quizhall.game.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quizhall.game.core.GamePayloads.Bounds;
import io.quizhall.game.core.GamePayloads.Choice;
import io.quizhall.game.core.GamePayloads.QuestionClosed;
import io.quizhall.game.core.PlayableQuestion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question that has closed, for its host: what was shown and how everyone answered (always with tallies, also
 * for a question whose results players do not see). Lets a host screen that was reloaded show the results again.
 *
 * @param question the question as this game showed it: options in display order, ids as in {@code results}
 * @param results the same content as the {@code QuestionClosed} sent at closing; {@code players} is the number
 *     of players now
 */
record ClosedQuestion(Shown question, QuestionClosed results) {

    /** A {@code QuestionOpened} without deadline and server time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Shown(
            int index,
            int count,
            String type,
            String question,
            @Nullable String image,
            int time,
            List<Choice> choices,
            @Nullable Bounds bounds) {

        static Shown of(int index, int count, PlayableQuestion question) {
            return new Shown(
                    index,
                    count,
                    question.type().name(),
                    question.question(),
                    question.image(),
                    question.time(),
                    Choice.of(question),
                    Bounds.of(question));
        }
    }
}
