package io.quizhall.activity;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a QuizTivity. JSON: {@code {"type": "MARKDOWN", "title": ..., "data": {...}}}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = QuizTivityPage.Markdown.class, name = "MARKDOWN"),
    @JsonSubTypes.Type(value = QuizTivityPage.Pdf.class, name = "PDF"),
    @JsonSubTypes.Type(value = QuizTivityPage.Memory.class, name = "MEMORY"),
    @JsonSubTypes.Type(value = QuizTivityPage.Abcd.class, name = "ABCD")
})
public sealed interface QuizTivityPage {

    @Nullable
    String title();

    record Markdown(@Nullable String title, MarkdownData data) implements QuizTivityPage {}

    record Pdf(@Nullable String title, PdfData data) implements QuizTivityPage {}

    record Memory(@Nullable String title, MemoryData data) implements QuizTivityPage {}

    record Abcd(@Nullable String title, AbcdData data) implements QuizTivityPage {}

    record MarkdownData(String markdown) {}

    /** A PDF shown page by page; {@code url} names a storage item or an external document. */
    record PdfData(String url) {}

    /** Rows of cards; cards sharing an {@code id} form a pair. */
    record MemoryData(List<List<MemoryCard>> cards) {}

    record MemoryCard(
            String id, @Nullable String image, @Nullable String text) {}

    record AbcdData(String question, List<AbcdAnswer> answers) {}

    record AbcdAnswer(String answer, boolean correct) {}
}
