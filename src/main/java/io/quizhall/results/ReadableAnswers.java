package io.quizhall.results;

import io.quizhall.game.GameFinished;
import io.quizhall.quiz.Question;
import java.util.List;
import java.util.stream.Collectors;

/** An answer as people read it in results: the texts of the chosen options, the number, or the text. */
final class ReadableAnswers {

    private ReadableAnswers() {}

    static String of(Question question, GameFinished.Answer answer) {
        if (answer.value() != null) {
            return answer.value();
        }
        if (answer.text() != null) {
            return answer.text();
        }
        List<String> options = optionTexts(question);
        return answer.optionIds().stream()
                .map(id -> id < options.size() ? options.get(id) : Integer.toString(id))
                .collect(Collectors.joining(" | "));
    }

    private static List<String> optionTexts(Question question) {
        if (question instanceof Question.Abcd abcd) {
            return abcd.answers().stream().map(Question.Choice::answer).toList();
        }
        if (question instanceof Question.Check check) {
            return check.answers().stream().map(Question.Choice::answer).toList();
        }
        if (question instanceof Question.Voting voting) {
            return voting.answers().stream().map(Question.Option::answer).toList();
        }
        if (question instanceof Question.Order order) {
            return order.answers().stream().map(Question.Option::answer).toList();
        }
        return List.of();
    }
}
