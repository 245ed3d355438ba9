package io.quizhall.activity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an author writes in an activity, validated and sanitised: the part that create, update and import replace. */
record ActivityContent(String title, List<QuizTivityPage> pages) {

    ActivityContent {
        pages = List.copyOf(pages);
    }

    /** Every storage item the activity shows: slide and card pictures, PDFs. */
    Set<UUID> fileIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (QuizTivityPage page : pages) {
            if (page instanceof QuizTivityPage.Slide slide) {
                add(ids, slide.data().image());
            } else if (page instanceof QuizTivityPage.Pdf pdf) {
                add(ids, pdf.data().file());
            } else if (page instanceof QuizTivityPage.Memory memory) {
                memory.data().cards().forEach(pair -> pair.forEach(card -> add(ids, card.image())));
            }
        }
        return ids;
    }

    private static void add(Set<UUID> ids, @Nullable String id) {
        if (id == null) {
            return;
        }
        try {
            ids.add(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            // Content written before validation existed (or by SQL fixtures) may hold other strings: not ours.
        }
    }
}
