package io.quizhall.community;

import io.quizhall.community.CommunityPayloads.PublicOption;
import io.quizhall.community.CommunityPayloads.PublicQuestion;
import io.quizhall.quiz.Question;
import java.util.Comparator;
import java.util.List;

/**
 * Questions as the public quiz page shows them. Without the author's permission nothing that gives an answer
 * away leaves the server: not which options are right, not the right range, not the accepted texts, and ORDER
 * items not in their right order.
 */
final class PublicQuestions {

    private PublicQuestions() {}

    static List<PublicQuestion> of(List<Question> questions, boolean withSolutions) {
        return questions.stream().map(question -> of(question, withSolutions)).toList();
    }

    static PublicQuestion of(Question question, boolean solutions) {
        if (question instanceof Question.Abcd q) {
            return choices("ABCD", q, q.answers(), solutions);
        }
        if (question instanceof Question.Check q) {
            return choices("CHECK", q, q.answers(), solutions);
        }
        if (question instanceof Question.Voting q) {
            return new PublicQuestion(
                    "VOTING", q.question(), q.time(), q.image(), options(q.answers()), null, null, null, null, null);
        }
        if (question instanceof Question.Order q) {
            List<PublicOption> items = options(q.answers());
            return new PublicQuestion(
                    "ORDER",
                    q.question(),
                    q.time(),
                    q.image(),
                    solutions
                            ? items
                            : items.stream()
                                    .sorted(Comparator.comparing(PublicOption::answer))
                                    .toList(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (question instanceof Question.Range q) {
            return new PublicQuestion(
                    "RANGE",
                    q.question(),
                    q.time(),
                    q.image(),
                    List.of(),
                    q.answers().min(),
                    q.answers().max(),
                    solutions ? q.answers().minCorrect() : null,
                    solutions ? q.answers().maxCorrect() : null,
                    null);
        }
        if (question instanceof Question.Text q) {
            return new PublicQuestion(
                    "TEXT",
                    q.question(),
                    q.time(),
                    q.image(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    solutions
                            ? q.answers().stream()
                                    .map(Question.TextAnswer::answer)
                                    .toList()
                            : null);
        }
        return new PublicQuestion(
                "SLIDE",
                question.question(),
                question.time(),
                question.image(),
                List.of(),
                null,
                null,
                null,
                null,
                null);
    }

    private static PublicQuestion choices(
            String type, Question question, List<Question.Choice> choices, boolean solutions) {
        return new PublicQuestion(
                type,
                question.question(),
                question.time(),
                question.image(),
                choices.stream()
                        .map(choice -> new PublicOption(choice.answer(), null, solutions ? choice.right() : null))
                        .toList(),
                null,
                null,
                null,
                null,
                null);
    }

    private static List<PublicOption> options(List<Question.Option> options) {
        return options.stream()
                .map(option -> new PublicOption(option.answer(), option.image(), null))
                .toList();
    }

    static List<String> kinds(List<Question> questions) {
        return questions.stream()
                .map(question -> of(question, false).type())
                .distinct()
                .sorted()
                .toList();
    }
}
