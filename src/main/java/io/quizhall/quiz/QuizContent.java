package io.quizhall.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an author writes in a quiz, validated and sanitised: the part that create, update and import replace. */
record QuizContent(
        String title,
        @Nullable String description,
        List<Question> questions,
        @Nullable String coverImage,
        @Nullable String backgroundColor,
        @Nullable String backgroundImage) {

    QuizContent {
        questions = List.copyOf(questions);
    }

    /** Every storage item the quiz shows: cover, background, question pictures and option pictures. */
    Set<UUID> imageIds() {
        Set<String> ids = new LinkedHashSet<>();
        add(ids, coverImage);
        add(ids, backgroundImage);
        for (Question question : questions) {
            add(ids, question.image());
            List<Question.Option> options = question instanceof Question.Voting voting
                    ? voting.answers()
                    : question instanceof Question.Order order ? order.answers() : List.of();
            options.forEach(option -> add(ids, option.image()));
        }
        Set<UUID> uuids = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                // Content written before validation existed (or by SQL fixtures) may hold other strings: not ours.
            }
        }
        return uuids;
    }

    private static void add(Set<String> ids, @Nullable String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
