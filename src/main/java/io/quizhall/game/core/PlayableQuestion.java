package io.quizhall.game.core;

import io.quizhall.quiz.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A question as one game plays it: the options in this game's display order, each with an opaque id (its display
 * position), and the solution in terms of those ids, kept apart from what players may see. ORDER items are always
 * shuffled (their original order is the solution); other options only when the host asks for it.
 */
public record PlayableQuestion(
        QuestionKind type,
        String question,
        @Nullable String image,
        int time,
        boolean hideResults,
        List<Option> options,
        @Nullable Bounds bounds,
        Solution solution) {

    public enum QuestionKind {
        ABCD,
        CHECK,
        RANGE,
        VOTING,
        ORDER,
        TEXT,
        SLIDE
    }

    /**
     * An option as this game shows it: {@code id} is its display position; {@code source} its index in the
     * quiz's question, which results record (null in games started before results kept it: then the same as id).
     */
    public record Option(
            int id,
            @Nullable Integer source,
            String answer,
            @Nullable String color,
            @Nullable String image) {

        public int sourceId() {
            return source == null ? id : source;
        }
    }

    public record Bounds(int min, int max) {}

    /** Right option ids (ABCD, CHECK), ids in the right order (ORDER), the right interval, accepted texts. */
    public record Solution(
            List<Integer> ids,
            @Nullable Integer minCorrect,
            @Nullable Integer maxCorrect,
            List<Question.TextAnswer> accepted) {

        static Solution none() {
            return new Solution(List.of(), null, null, List.of());
        }
    }

    public boolean takesAnswers() {
        return type != QuestionKind.SLIDE;
    }

    public long timeMillis() {
        return time * 1000L;
    }

    public static PlayableQuestion of(Question question, boolean shuffleOptions, Random random) {
        if (question instanceof Question.Abcd abcd) {
            return choices(QuestionKind.ABCD, abcd, abcd.answers(), shuffleOptions, random);
        }
        if (question instanceof Question.Check check) {
            return choices(QuestionKind.CHECK, check, check.answers(), shuffleOptions, random);
        }
        if (question instanceof Question.Voting voting) {
            List<Integer> order = order(voting.answers().size(), shuffleOptions, random);
            return new PlayableQuestion(
                    QuestionKind.VOTING,
                    voting.question(),
                    voting.image(),
                    voting.time(),
                    voting.hideResults(),
                    shown(order, voting.answers()),
                    null,
                    Solution.none());
        }
        if (question instanceof Question.Order ordering) {
            int size = ordering.answers().size();
            List<Integer> display = order(size, true, random);
            if (size > 1 && display.equals(IntStream.range(0, size).boxed().toList())) {
                Collections.reverse(display);
            }
            var options = shown(display, ordering.answers());
            // The right answer lists display ids in the quiz's original order.
            List<Integer> rightOrder =
                    IntStream.range(0, size).map(display::indexOf).boxed().toList();
            return new PlayableQuestion(
                    QuestionKind.ORDER,
                    ordering.question(),
                    ordering.image(),
                    ordering.time(),
                    ordering.hideResults(),
                    options,
                    null,
                    new Solution(rightOrder, null, null, List.of()));
        }
        if (question instanceof Question.Range range) {
            return new PlayableQuestion(
                    QuestionKind.RANGE,
                    range.question(),
                    range.image(),
                    range.time(),
                    range.hideResults(),
                    List.of(),
                    new Bounds(range.answers().min(), range.answers().max()),
                    new Solution(
                            List.of(),
                            range.answers().minCorrect(),
                            range.answers().maxCorrect(),
                            List.of()));
        }
        if (question instanceof Question.Text text) {
            return new PlayableQuestion(
                    QuestionKind.TEXT,
                    text.question(),
                    text.image(),
                    text.time(),
                    text.hideResults(),
                    List.of(),
                    null,
                    new Solution(List.of(), null, null, List.copyOf(text.answers())));
        }
        return new PlayableQuestion(
                QuestionKind.SLIDE,
                question.question(),
                question.image(),
                question.time(),
                question.hideResults(),
                List.of(),
                null,
                Solution.none());
    }

    private static PlayableQuestion choices(
            QuestionKind kind, Question question, List<Question.Choice> choices, boolean shuffle, Random random) {
        List<Integer> order = order(choices.size(), shuffle, random);
        var options = new ArrayList<Option>();
        var right = new ArrayList<Integer>();
        for (int id = 0; id < order.size(); id++) {
            Question.Choice choice = choices.get(order.get(id));
            options.add(new Option(id, order.get(id), choice.answer(), choice.color(), null));
            if (choice.right()) {
                right.add(id);
            }
        }
        return new PlayableQuestion(
                kind,
                question.question(),
                question.image(),
                question.time(),
                question.hideResults(),
                List.copyOf(options),
                null,
                new Solution(List.copyOf(right), null, null, List.of()));
    }

    private static List<Integer> order(int size, boolean shuffle, Random random) {
        var order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        return order;
    }

    /** The options in display order: each with its display position as id and its index in the quiz as source. */
    private static List<Option> shown(List<Integer> order, List<Question.Option> options) {
        return IntStream.range(0, order.size())
                .mapToObj(id -> {
                    Question.Option option = options.get(order.get(id));
                    return new Option(id, order.get(id), option.answer(), option.color(), option.image());
                })
                .toList();
    }
}
