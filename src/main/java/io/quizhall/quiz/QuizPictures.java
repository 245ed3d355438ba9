package io.quizhall.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The picture references of an exported quiz (cover, background, questions, options), read and rewritten. */
final class QuizPictures {

    private QuizPictures() {}

    static Set<String> references(ExportedQuiz quiz) {
        Set<String> references = new LinkedHashSet<>();
        rewrite(quiz, reference -> {
            references.add(reference);
            return reference;
        });
        return references;
    }

    /** The quiz with every picture reference passed through {@code map}. */
    static ExportedQuiz rewrite(ExportedQuiz quiz, UnaryOperator<String> map) {
        List<@Nullable Question> questions = null;
        if (quiz.questions() != null) {
            questions = new ArrayList<>();
            for (Question question : quiz.questions()) {
                questions.add(question == null ? null : rewrite(question, map));
            }
        }
        return new ExportedQuiz(
                quiz.title(),
                quiz.description(),
                questions,
                apply(quiz.coverImage(), map),
                quiz.backgroundColor(),
                apply(quiz.backgroundImage(), map));
    }

    private static Question rewrite(Question question, UnaryOperator<String> map) {
        String image = apply(question.image(), map);
        if (question instanceof Question.Abcd q) {
            return new Question.Abcd(q.question(), q.time(), image, q.hideResults(), q.answers());
        }
        if (question instanceof Question.Check q) {
            return new Question.Check(q.question(), q.time(), image, q.hideResults(), q.answers());
        }
        if (question instanceof Question.Range q) {
            return new Question.Range(q.question(), q.time(), image, q.hideResults(), q.answers());
        }
        if (question instanceof Question.Voting q) {
            return new Question.Voting(q.question(), q.time(), image, q.hideResults(), options(q.answers(), map));
        }
        if (question instanceof Question.Order q) {
            return new Question.Order(q.question(), q.time(), image, q.hideResults(), options(q.answers(), map));
        }
        if (question instanceof Question.Text q) {
            return new Question.Text(q.question(), q.time(), image, q.hideResults(), q.answers());
        }
        Question.Slide slide = (Question.Slide) question;
        return new Question.Slide(slide.question(), slide.time(), image, slide.hideResults());
    }

    private static @Nullable List<Question.Option> options(
            @Nullable List<Question.Option> options, UnaryOperator<String> map) {
        if (options == null) {
            return null;
        }
        List<Question.Option> rewritten = new ArrayList<>();
        for (Question.Option option : options) {
            rewritten.add(
                    option == null
                            ? null
                            : new Question.Option(option.answer(), apply(option.image(), map), option.color()));
        }
        return rewritten;
    }

    private static @Nullable String apply(@Nullable String reference, UnaryOperator<String> map) {
        return reference == null ? null : map.apply(reference);
    }
}
