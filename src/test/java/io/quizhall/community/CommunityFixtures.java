package io.quizhall.community;

import io.quizhall.support.Session;
import java.util.Random;
import java.util.UUID;

/** Quizzes made through the public API, the way an author makes them, for the community tests. */
final class CommunityFixtures {

    private static final Random RANDOM = new Random();

    private CommunityFixtures() {}

    /** A word no other test's quiz contains (letters only, so the search sees one word). */
    static String marker() {
        var word = new StringBuilder("qx");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    static String abcd(String question) {
        return """
                {"type": "ABCD", "question": "%s", "time": 20, "image": null, "hideResults": false,
                 "answers": [{"answer": "Jupiter", "right": true, "color": null},
                             {"answer": "Mars", "right": false, "color": null}]}""".formatted(question);
    }

    static String text(String question) {
        return """
                {"type": "TEXT", "question": "%s", "time": 20, "image": null, "hideResults": false,
                 "answers": [{"answer": "Au", "caseSensitive": false}]}""".formatted(question);
    }

    static String order(String question) {
        return """
                {"type": "ORDER", "question": "%s", "time": 20, "image": null, "hideResults": false,
                 "answers": [{"answer": "Zebra", "image": null, "color": null},
                             {"answer": "Ant", "image": null, "color": null},
                             {"answer": "Mouse", "image": null, "color": null}]}""".formatted(question);
    }

    static String range(String question) {
        return """
                {"type": "RANGE", "question": "%s", "time": 20, "image": null, "hideResults": false,
                 "answers": {"min": 1900, "max": 2000, "minCorrect": 1989, "maxCorrect": 1989}}""".formatted(question);
    }

    /** Creates a quiz of the author's and, if {@code published}, publishes it; returns its id. */
    static UUID quiz(Session author, String title, String description, boolean published, String... questions) {
        String body = """
                {"title": "%s", "description": "%s", "questions": [%s]}""".formatted(title, description, String.join(",", questions));
        var created = author.post("/api/v1/quizzes", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a quiz: " + created.status() + " " + created.body());
        }
        UUID id = UUID.fromString(created.json().get("id").asString());
        if (published) {
            var publish = author.post("/api/v1/quizzes/" + id + "/publish", "");
            if (publish.status() != 200) {
                throw new IllegalStateException("Could not publish: " + publish.body());
            }
        }
        return id;
    }

    static UUID publicQuiz(Session author, String title, String description, String... questions) {
        return quiz(author, title, description, true, questions);
    }
}
