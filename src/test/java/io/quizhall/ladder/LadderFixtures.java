package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Small ladders over questions of their own, made through the administrators' API: an OpenTriviaDB import into a
 * fresh category, and a ladder that draws only from it. Tests that need to know the bank exactly use these.
 */
final class LadderFixtures {

    private LadderFixtures() {}

    /** A question in OpenTriviaDB's format, right option "Right" and wrong ones "Wrong 1..3" plus a tag. */
    static String multiple(String category, String difficulty, String text) {
        return """
                {"type": "multiple", "difficulty": "%s", "category": "%s", "question": "%s",
                 "correct_answer": "Right", "incorrect_answers": ["Wrong 1", "Wrong 2", "Wrong 3"]}""".formatted(difficulty, category, text);
    }

    record Made(String ladder, String category) {}

    /** A ladder of {@code levels} EASY levels (20 s each, prizes 100, 200, ...) over {@code count} new questions. */
    static Made ladder(Session admin, int levels, int count) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String category = "Fixture " + tag;
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(multiple(category, "easy", "Fixture question " + tag + " number " + i + "?"));
        }
        var imported = admin.post(
                "/api/v1/ladder-questions/imports/opentdb", "{\"results\": [" + String.join(",", items) + "]}");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").asInt()).isEqualTo(count);
        String slug = "fixture-" + tag;
        List<String> rungs = new ArrayList<>();
        for (int i = 1; i <= levels; i++) {
            rungs.add("{\"prize\": %d, \"difficulty\": \"EASY\", \"seconds\": 20, \"safe\": false}".formatted(i * 100));
        }
        var created =
                admin.post("/api/v1/ladders", """
                {"slug": "%s", "name": "Fixture %s", "levels": [%s], "categories": ["%s"]}""".formatted(slug, tag, String.join(",", rungs), "fixture-" + tag));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Made(slug, "fixture-" + tag);
    }
}
