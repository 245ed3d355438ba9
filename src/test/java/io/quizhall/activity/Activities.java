package io.quizhall.activity;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Request bodies and file rows for the activity tests: one page of each kind, as JSON a client would send. */
final class Activities {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Activities() {}

    /** A storage item row of this type, as an upload would leave it (the bytes are not needed to validate). */
    static String file(JdbcTemplate jdbc, UUID owner, String mimeType) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO storage_items (id, user_id, mime_type, size, storage_path) VALUES (?, ?, ?, 1234, ?)",
                id,
                owner,
                mimeType,
                id.toString());
        return id.toString();
    }

    static ObjectNode activity(String title, JsonNode... pages) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("title", title);
        ArrayNode array = activity.putArray("pages");
        for (JsonNode page : pages) {
            array.add(page);
        }
        return activity;
    }

    /** One page of each kind: SLIDE (with a picture), MARKDOWN, PDF, MEMORY, ABCD (option 1 correct). */
    static ObjectNode everyKind(String title, String picture, String pdf) {
        return activity(
                title,
                slide("Welcome to <b>chemistry</b>", picture),
                markdown("# Water\n\nWater is **H₂O**. See [Wikipedia](https://en.wikipedia.org/wiki/Water)."),
                pdf(pdf),
                memory(List.of(List.of("H₂O", "Water"), List.of("NaCl", "Salt"))),
                abcd("What is H₂O?", 1, "Salt", "Water", "Sugar"));
    }

    static ObjectNode page(String type, @Nullable String title) {
        ObjectNode page = JSON.createObjectNode();
        page.put("type", type);
        if (title != null) {
            page.put("title", title);
        }
        return page;
    }

    static ObjectNode slide(String text, @Nullable String image) {
        ObjectNode page = page("SLIDE", "Intro");
        ObjectNode data = page.putObject("data");
        data.put("text", text);
        if (image != null) {
            data.put("image", image);
        }
        return page;
    }

    static ObjectNode markdown(String markdown) {
        ObjectNode page = page("MARKDOWN", "Reading");
        page.putObject("data").put("markdown", markdown);
        return page;
    }

    static ObjectNode pdf(String file) {
        ObjectNode page = page("PDF", "Worksheet");
        page.putObject("data").put("file", file);
        return page;
    }

    /** Pairs of text cards. */
    static ObjectNode memory(List<List<String>> pairs) {
        ObjectNode page = page("MEMORY", "Pairs");
        ArrayNode cards = page.putObject("data").putArray("cards");
        for (List<String> pair : pairs) {
            ArrayNode twoCards = cards.addArray();
            pair.forEach(text -> twoCards.addObject().put("text", text));
        }
        return page;
    }

    static ObjectNode abcd(String question, int correct, String... answers) {
        ObjectNode page = page("ABCD", "Check");
        ObjectNode data = page.putObject("data");
        data.put("question", question);
        ArrayNode options = data.putArray("answers");
        for (int i = 0; i < answers.length; i++) {
            options.addObject().put("answer", answers[i]).put("correct", i == correct);
        }
        return page;
    }
}
