package io.quizhall.community;

import io.quizhall.shared.InvalidFieldsException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The listing's filters; every one is optional.
 *
 * @param minQuestions at least this many questions
 * @param maxQuestions at most this many
 * @param kinds has every one of these kinds of question
 * @param pictures has (true) or has no (false) cover or question picture
 * @param author the author's username (case-insensitive)
 * @param specialEvent belongs to this special event
 * @param tag has this subject tag
 */
record QuizFilter(
        @Nullable Integer minQuestions,
        @Nullable Integer maxQuestions,
        List<String> kinds,
        @Nullable Boolean pictures,
        @Nullable String author,
        @Nullable UUID specialEvent,
        @Nullable UUID tag) {

    static final Set<String> KINDS = Set.of("ABCD", "CHECK", "RANGE", "VOTING", "ORDER", "TEXT", "SLIDE");

    QuizFilter {
        kinds = kinds.stream()
                .map(kind -> kind.strip().toUpperCase(Locale.ROOT))
                .filter(kind -> !kind.isEmpty())
                .distinct()
                .sorted()
                .toList();
        for (String kind : kinds) {
            if (!KINDS.contains(kind)) {
                throw InvalidFieldsException.of("kinds", "must be ABCD, CHECK, RANGE, VOTING, ORDER, TEXT or SLIDE");
            }
        }
        if (minQuestions != null && minQuestions < 0) {
            throw InvalidFieldsException.of("minQuestions", "must not be negative");
        }
        if (maxQuestions != null && maxQuestions < 0) {
            throw InvalidFieldsException.of("maxQuestions", "must not be negative");
        }
        if (author != null) {
            author = author.strip().isEmpty() ? null : author.strip();
        }
    }

    static QuizFilter none() {
        return new QuizFilter(null, null, List.of(), null, null, null, null);
    }

    static QuizFilter byAuthor(String username) {
        return new QuizFilter(null, null, List.of(), null, username, null, null);
    }
}
