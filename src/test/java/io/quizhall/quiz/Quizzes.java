package io.quizhall.quiz;

import java.util.List;

/** Test fixtures: questions of every kind with realistic content. */
public final class Quizzes {

    private Quizzes() {}

    public static List<Question> oneOfEachKind() {
        return oneOfEachKind("6b7a2b53-35f7-4e0a-9d5e-0d3f8a8b9c10");
    }

    /** The same questions with {@code checkImage} as the CHECK question's picture (a storage item id). */
    public static List<Question> oneOfEachKind(String checkImage) {
        return List.of(
                new Question.Abcd(
                        "Which planet is the <b>largest</b>?",
                        20,
                        null,
                        false,
                        List.of(
                                new Question.Choice("Jupiter", true, "#ff0000"),
                                new Question.Choice("Mars", false, null),
                                new Question.Choice("Venus", false, null),
                                new Question.Choice("Mercury", false, null))),
                new Question.Check(
                        "Which are prime numbers?",
                        30,
                        checkImage,
                        true,
                        List.of(
                                new Question.Choice("2", true, null),
                                new Question.Choice("4", false, null),
                                new Question.Choice("7", true, null))),
                new Question.Range(
                        "In which year did the Berlin Wall fall?",
                        25,
                        null,
                        false,
                        new Question.RangeAnswer(1900, 2000, 1989, 1989)),
                new Question.Voting(
                        "Which topic next?",
                        15,
                        null,
                        false,
                        List.of(
                                new Question.Option("Space", null, "#00ff00"),
                                new Question.Option("Oceans", null, null))),
                new Question.Order(
                        "Order by size, smallest first",
                        40,
                        null,
                        false,
                        List.of(
                                new Question.Option("Atom", null, null),
                                new Question.Option("Cell", null, null),
                                new Question.Option("Planet", null, null))),
                new Question.Text(
                        "Chemical symbol of gold?",
                        20,
                        null,
                        false,
                        List.of(new Question.TextAnswer("Au", true), new Question.TextAnswer("gold", false))),
                new Question.Slide("Break time: stretch your legs", 10, null, true));
    }
}
