package io.quizhall.quiz;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Request bodies and uploaded-file rows for the quiz API tests. */
final class QuizFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private QuizFixtures() {}

    /** A storage item row, as an upload would leave it; the storage feature's API does not exist yet. */
    static String image(JdbcTemplate jdbc, @Nullable UUID owner) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO storage_items (id, user_id, mime_type, size) VALUES (?, ?, 'image/png', 1234)", id, owner);
        return id.toString();
    }

    static String deletedImage(JdbcTemplate jdbc, UUID owner) {
        String id = image(jdbc, owner);
        jdbc.update("UPDATE storage_items SET deleted_at = now() WHERE id = ?::uuid", id);
        return id;
    }

    /** A valid create body: one question of each kind, a cover picture and a background colour. */
    static ObjectNode quiz(String title, List<Question> questions, @Nullable String coverImage) {
        ObjectNode quiz = JSON.createObjectNode();
        quiz.put("title", title);
        quiz.put("description", "All seven kinds");
        quiz.set("questions", questionsJson(questions));
        if (coverImage != null) {
            quiz.put("coverImage", coverImage);
        }
        quiz.put("backgroundColor", "#1a2b3c");
        return quiz;
    }

    /** Questions as JSON with their {@code type}: a plain valueToTree would lose it to the list's erasure. */
    static JsonNode questionsJson(List<Question> questions) {
        return JSON.readTree(
                JSON.writerFor(new TypeReference<List<Question>>() {}).writeValueAsString(questions));
    }

    static List<Question> questions(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, Question.class));
    }
}
