package io.quizhall.activity;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page as learners receive it through a share link: the same JSON as {@link QuizTivityPage} minus what gives the
 * answers away. ABCD options carry no {@code correct} flag (the learner asks the check endpoint after choosing), and
 * a Markdown page carries only its sanitised HTML.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LearnerPage.Slide.class, name = "SLIDE"),
    @JsonSubTypes.Type(value = LearnerPage.Markdown.class, name = "MARKDOWN"),
    @JsonSubTypes.Type(value = LearnerPage.Pdf.class, name = "PDF"),
    @JsonSubTypes.Type(value = LearnerPage.Memory.class, name = "MEMORY"),
    @JsonSubTypes.Type(value = LearnerPage.Abcd.class, name = "ABCD")
})
@Schema(
        name = "LearnerPage",
        description = "A page as a learner sees it: no solutions (docs/activities.md).",
        oneOf = {
            LearnerPage.Slide.class,
            LearnerPage.Markdown.class,
            LearnerPage.Pdf.class,
            LearnerPage.Memory.class,
            LearnerPage.Abcd.class
        },
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "SLIDE", schema = LearnerPage.Slide.class),
            @DiscriminatorMapping(value = "MARKDOWN", schema = LearnerPage.Markdown.class),
            @DiscriminatorMapping(value = "PDF", schema = LearnerPage.Pdf.class),
            @DiscriminatorMapping(value = "MEMORY", schema = LearnerPage.Memory.class),
            @DiscriminatorMapping(value = "ABCD", schema = LearnerPage.Abcd.class)
        })
public sealed interface LearnerPage {

    @Nullable
    String title();

    @Schema(name = "LearnerSlidePage")
    record Slide(@Nullable String title, QuizTivityPage.SlideData data) implements LearnerPage {}

    @Schema(name = "LearnerMarkdownPage")
    record Markdown(@Nullable String title, Html data) implements LearnerPage {}

    @Schema(name = "LearnerPdfPage")
    record Pdf(@Nullable String title, QuizTivityPage.PdfData data) implements LearnerPage {}

    @Schema(name = "LearnerMemoryPage", description = "The pairs; the learner's client shuffles the cards.")
    record Memory(@Nullable String title, QuizTivityPage.MemoryData data) implements LearnerPage {}

    @Schema(name = "LearnerAbcdPage", description = "The question and its options, without which are correct.")
    record Abcd(@Nullable String title, Question data) implements LearnerPage {}

    /** @param html sanitised HTML, safe to insert as is */
    @Schema(name = "LearnerMarkdown")
    record Html(String html) {}

    @Schema(name = "LearnerQuestion")
    record Question(String question, List<Option> answers) {}

    @Schema(name = "LearnerOption")
    record Option(String answer) {}

    static LearnerPage of(QuizTivityPage page) {
        if (page instanceof QuizTivityPage.Slide slide) {
            return new Slide(slide.title(), slide.data());
        } else if (page instanceof QuizTivityPage.Markdown markdown) {
            String html = markdown.data().html();
            return new Markdown(markdown.title(), new Html(html == null ? "" : html));
        } else if (page instanceof QuizTivityPage.Pdf pdf) {
            return new Pdf(pdf.title(), pdf.data());
        } else if (page instanceof QuizTivityPage.Memory memory) {
            return new Memory(memory.title(), memory.data());
        }
        var abcd = (QuizTivityPage.Abcd) page;
        List<Option> options = abcd.data().answers().stream()
                .map(answer -> new Option(answer.answer()))
                .toList();
        return new Abcd(abcd.title(), new Question(abcd.data().question(), options));
    }
}
