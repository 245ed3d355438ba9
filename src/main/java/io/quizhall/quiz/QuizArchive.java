package io.quizhall.quiz;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A quiz with its pictures as one zip file (docs/quiz-format.md, "Quiz archive"): {@code quiz.json}, a
 * {@code quizhall-quiz} version 1 document whose picture references are archive paths, and the pictures under
 * {@code pictures/}, each named by its MD5 so a picture used twice is stored once.
 *
 * @param filename a safe file name ({@code quiz-<id>.zip})
 */
public record QuizArchive(String filename, Body body) {

    /** The entry that holds the quiz document. */
    static final String DOCUMENT = "quiz.json";

    /** Where the pictures lie inside the archive. */
    static final String PICTURES = "pictures/";

    public static final String MEDIA_TYPE = "application/zip";

    /** Writes the archive; called once, after the quiz was read. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
