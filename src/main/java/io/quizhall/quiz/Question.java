package io.quizhall.quiz;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.quizhall.shared.RichText;
import io.quizhall.shared.StrictJson;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a quiz. The JSON form carries a {@code type} discriminator naming the kind; the shape of
 * {@code answers} depends on it (see docs/quiz-format.md).
 */
@StrictJson
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
@Schema(
        name = "Question",
        description = "One question; `type` says which kind and decides the shape of `answers` (docs/quiz-format.md).",
        oneOf = {
            Question.Abcd.class,
            Question.Check.class,
            Question.Range.class,
            Question.Voting.class,
            Question.Order.class,
            Question.Text.class,
            Question.Slide.class
        },
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "ABCD", schema = Question.Abcd.class),
            @DiscriminatorMapping(value = "CHECK", schema = Question.Check.class),
            @DiscriminatorMapping(value = "RANGE", schema = Question.Range.class),
            @DiscriminatorMapping(value = "VOTING", schema = Question.Voting.class),
            @DiscriminatorMapping(value = "ORDER", schema = Question.Order.class),
            @DiscriminatorMapping(value = "TEXT", schema = Question.Text.class),
            @DiscriminatorMapping(value = "SLIDE", schema = Question.Slide.class)
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
    @Schema(name = "AbcdQuestion", description = "Multiple choice: pick one; any option marked right scores.")
    record Abcd(String question, int time, @Nullable String image, boolean hideResults, List<Choice> answers)
            implements Question {}

    /** Select all that apply: players pick a set; it scores only if it equals the set of right options. */
    @Schema(name = "CheckQuestion", description = "Select all that apply; scores only if the set is exactly right.")
    record Check(String question, int time, @Nullable String image, boolean hideResults, List<Choice> answers)
            implements Question {}

    /** A number within bounds; it scores when it lies in {@code [minCorrect, maxCorrect]}. */
    @Schema(name = "RangeQuestion", description = "A number between min and max; right within minCorrect..maxCorrect.")
    record Range(String question, int time, @Nullable String image, boolean hideResults, RangeAnswer answers)
            implements Question {}

    /** A poll: no right answer, only tallies. */
    @Schema(name = "VotingQuestion", description = "A poll: no right answer, only tallies.")
    record Voting(String question, int time, @Nullable String image, boolean hideResults, List<Option> answers)
            implements Question {}

    /** Put the items in order; the order given here is the right one. */
    @Schema(name = "OrderQuestion", description = "Put the items in order; `answers` is listed in the right order.")
    record Order(String question, int time, @Nullable String image, boolean hideResults, List<Option> answers)
            implements Question {}

    /** Free text; it scores when it matches one of the accepted answers. */
    @Schema(name = "TextQuestion", description = "Free text; scores when it matches one of the accepted answers.")
    record Text(String question, int time, @Nullable String image, boolean hideResults, List<TextAnswer> answers)
            implements Question {}

    /** Information only: shown for {@code time} seconds, takes no answers. */
    @Schema(name = "SlideQuestion", description = "Information only: shown for `time` seconds; has no `answers`.")
    record Slide(String question, int time, @Nullable String image, boolean hideResults) implements Question {}

    /** An option of an ABCD or CHECK question. */
    @Schema(name = "Choice", description = "An option of an ABCD or CHECK question.")
    record Choice(String answer, boolean right, @Nullable String color) {}

    /** An option of a VOTING question or an item of an ORDER question. */
    @Schema(name = "Option", description = "An option of a VOTING question or an item of an ORDER question.")
    record Option(
            String answer, @Nullable String image, @Nullable String color) {}

    /** An accepted answer of a TEXT question. */
    @Schema(name = "TextAnswer", description = "An accepted answer of a TEXT question.")
    record TextAnswer(String answer, boolean caseSensitive) {

        /** The accepted answer as a player would type it: without markup, with entities decoded. */
        @JsonIgnore
        public String plainText() {
            return RichText.visibleText(answer);
        }
    }

    /** The bounds of a RANGE question and the interval that counts as right. */
    @Schema(name = "RangeAnswer", description = "Bounds of a RANGE question: min <= minCorrect <= maxCorrect <= max.")
    record RangeAnswer(int min, int max, int minCorrect, int maxCorrect) {}
}
