package io.quizhall.quiz;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a quiz. The JSON form carries a {@code type} discriminator naming the kind; the shape of
 * {@code answers} depends on it (see docs/quiz-format.md).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Question.Abcd.class, name = "ABCD"),
    @JsonSubTypes.Type(value = Question.Check.class, name = "CHECK"),
    @JsonSubTypes.Type(value = Question.Range.class, name = "RANGE"),
    @JsonSubTypes.Type(value = Question.Voting.class, name = "VOTING"),
    @JsonSubTypes.Type(value = Question.Order.class, name = "ORDER"),
    @JsonSubTypes.Type(value = Question.Text.class, name = "TEXT"),
    @JsonSubTypes.Type(value = Question.Slide.class, name = "SLIDE")
})
public sealed interface Question {

    /** The question's text (limited rich text). */
    String question();

    /** Seconds players have to answer. */
    int time();

    /** A storage item id of the question's picture, if any. */
    @Nullable
    String image();

    /** Whether players see how everyone answered when the question closes. */
    boolean hideResults();

    /** Multiple choice: players pick one option; any option marked right scores. */
    record Abcd(String question, int time, @Nullable String image, boolean hideResults, List<Choice> answers)
            implements Question {}

    /** Select all that apply: players pick a set; it scores only if it equals the set of right options. */
    record Check(String question, int time, @Nullable String image, boolean hideResults, List<Choice> answers)
            implements Question {}

    /** A number within bounds; it scores when it lies in {@code [minCorrect, maxCorrect]}. */
    record Range(String question, int time, @Nullable String image, boolean hideResults, RangeAnswer answers)
            implements Question {}

    /** A poll: no right answer, only tallies. */
    record Voting(String question, int time, @Nullable String image, boolean hideResults, List<Option> answers)
            implements Question {}

    /** Put the items in order; the order given here is the right one. */
    record Order(String question, int time, @Nullable String image, boolean hideResults, List<Option> answers)
            implements Question {}

    /** Free text; it scores when it matches one of the accepted answers. */
    record Text(String question, int time, @Nullable String image, boolean hideResults, List<TextAnswer> answers)
            implements Question {}

    /** Information only: shown for {@code time} seconds, takes no answers. */
    record Slide(String question, int time, @Nullable String image, boolean hideResults) implements Question {}

    /** An option of an ABCD or CHECK question. */
    record Choice(String answer, boolean right, @Nullable String color) {}

    /** An option of a VOTING question or an item of an ORDER question. */
    record Option(
            String answer, @Nullable String image, @Nullable String color) {}

    /** An accepted answer of a TEXT question. */
    record TextAnswer(String answer, boolean caseSensitive) {}

    /** The bounds of a RANGE question and the interval that counts as right. */
    record RangeAnswer(int min, int max, int minCorrect, int maxCorrect) {}
}
