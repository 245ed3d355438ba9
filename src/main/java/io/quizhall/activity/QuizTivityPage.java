package io.quizhall.activity;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.quizhall.shared.StrictJson;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of an activity as its author writes it. JSON: {@code {"type": "MARKDOWN", "title": ..., "data": {...}}},
 * where {@code type} decides the shape of {@code data} (docs/activities.md). Read strictly: a property the kind does
 * not have is a validation error. This form holds the ABCD solution; learners get a {@link LearnerPage}.
 */
@StrictJson
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = QuizTivityPage.Slide.class, name = "SLIDE"),
    @JsonSubTypes.Type(value = QuizTivityPage.Markdown.class, name = "MARKDOWN"),
    @JsonSubTypes.Type(value = QuizTivityPage.Pdf.class, name = "PDF"),
    @JsonSubTypes.Type(value = QuizTivityPage.Memory.class, name = "MEMORY"),
    @JsonSubTypes.Type(value = QuizTivityPage.Abcd.class, name = "ABCD")
})
@Schema(
        name = "ActivityPage",
        description = "One page of an activity; `type` decides the shape of `data` (docs/activities.md).",
        oneOf = {
            QuizTivityPage.Slide.class,
            QuizTivityPage.Markdown.class,
            QuizTivityPage.Pdf.class,
            QuizTivityPage.Memory.class,
            QuizTivityPage.Abcd.class
        },
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "SLIDE", schema = QuizTivityPage.Slide.class),
            @DiscriminatorMapping(value = "MARKDOWN", schema = QuizTivityPage.Markdown.class),
            @DiscriminatorMapping(value = "PDF", schema = QuizTivityPage.Pdf.class),
            @DiscriminatorMapping(value = "MEMORY", schema = QuizTivityPage.Memory.class),
            @DiscriminatorMapping(value = "ABCD", schema = QuizTivityPage.Abcd.class)
        })
public sealed interface QuizTivityPage {

    /** A heading for the page (limited rich text), if any. */
    @Nullable
    String title();

    @Schema(name = "SlidePage", description = "Rich text and an optional picture.")
    record Slide(@Nullable String title, SlideData data) implements QuizTivityPage {}

    @Schema(name = "MarkdownPage", description = "Markdown, rendered and sanitised by the server (`data.html`).")
    record Markdown(@Nullable String title, MarkdownData data) implements QuizTivityPage {}

    @Schema(name = "PdfPage", description = "An uploaded PDF, shown in the browser's viewer.")
    record Pdf(@Nullable String title, PdfData data) implements QuizTivityPage {}

    @Schema(name = "MemoryPage", description = "Pairs of cards (text and/or picture) to match.")
    record Memory(@Nullable String title, MemoryData data) implements QuizTivityPage {}

    @Schema(name = "AbcdPage", description = "One multiple-choice question with instant feedback.")
    record Abcd(@Nullable String title, AbcdData data) implements QuizTivityPage {}

    /** @param text limited rich text; @param image storage item id of a picture */
    @Schema(name = "SlideData")
    record SlideData(String text, @Nullable String image) {}

    /**
     * @param markdown the source, CommonMark with tables
     * @param html the rendered, sanitised HTML; set by the server, ignored when sent
     */
    @Schema(name = "MarkdownData")
    record MarkdownData(
            String markdown,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Rendered and sanitised by the server")
            @Nullable
            String html) {}

    /** @param file storage item id of a PDF uploaded for an activity */
    @Schema(name = "PdfData")
    record PdfData(String file) {}

    /** @param cards the pairs: each inner list holds exactly the two cards that match */
    @Schema(name = "MemoryData")
    record MemoryData(List<List<MemoryCard>> cards) {}

    /** A card shows a text (limited rich text), a picture, or both. */
    @Schema(name = "MemoryCard")
    record MemoryCard(@Nullable String text, @Nullable String image) {}

    @Schema(name = "AbcdData")
    record AbcdData(String question, List<AbcdAnswer> answers) {}

    /** An option; the learner's pick is right if its option is {@code correct}. */
    @Schema(name = "AbcdAnswer")
    record AbcdAnswer(String answer, boolean correct) {}
}
