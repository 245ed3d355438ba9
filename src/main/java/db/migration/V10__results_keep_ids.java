package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finished games keep ids as well as readable text: every answer gets its player's id and the chosen options'
 * indexes into the question, and the game gets a list of its players with scores and ranks, the mode it was
 * played in, and whether its quiz's play was counted. Rows written before kept only nicknames and option texts; this converts them. A player's id is
 * derived from the game and the nickname (stable, as nicknames were unique in a game); option ids are found by
 * their text in the game's own copy of the quiz. A Java migration because the conversion walks JSON documents;
 * it uses only JDBC and Jackson, so it stays as it is when the application's code changes.
 */
public class V10__results_keep_ids extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE game_results ADD COLUMN mode text NOT NULL DEFAULT 'classic'");
            statement.execute("ALTER TABLE game_results ADD COLUMN players jsonb NOT NULL DEFAULT '[]'"
                    + " CHECK (jsonb_typeof(players) = 'array')");
            // Plays of games kept so far were counted with them; from now on a listener counts them, once.
            statement.execute("ALTER TABLE game_results ADD COLUMN play_counted boolean NOT NULL DEFAULT true");
            statement.execute("ALTER TABLE game_results ALTER COLUMN play_counted SET DEFAULT false");
        }
        try (var select = connection.prepareStatement(
                        "SELECT id, questions, answers, player_scores, custom_field_data FROM game_results");
                var update = connection.prepareStatement(
                        "UPDATE game_results SET answers = ?::jsonb, players = ?::jsonb" + " WHERE id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                JsonNode questions = JSON.readTree(rows.getString("questions"));
                JsonNode answers = JSON.readTree(rows.getString("answers"));
                JsonNode scores = JSON.readTree(rows.getString("player_scores"));
                String custom = rows.getString("custom_field_data");
                update.setString(1, JSON.writeValueAsString(answers(id, questions, answers)));
                update.setString(
                        2, JSON.writeValueAsString(players(id, scores, custom == null ? null : JSON.readTree(custom))));
                update.setObject(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static ArrayNode answers(UUID game, JsonNode questions, JsonNode answers) {
        ArrayNode converted = JSON.createArrayNode();
        for (JsonNode answer : answers) {
            ObjectNode copy = (ObjectNode) answer.deepCopy();
            copy.put(
                    "playerId",
                    playerId(game, answer.path("username").asString()).toString());
            JsonNode question = questions.path(answer.path("question").asInt());
            ArrayNode optionIds = copy.putArray("optionIds");
            String type = question.path("type").asString();
            String given = answer.path("answer").asString();
            switch (type) {
                case "RANGE" -> copy.put("value", given);
                case "TEXT" -> copy.put("text", given);
                case "ABCD", "VOTING" -> indexOf(question, given).ifPresent(optionIds::add);
                case "CHECK", "ORDER" -> {
                    var ids = new ArrayList<Integer>();
                    for (String text : given.isEmpty() ? new String[0] : given.split(" \\| ", -1)) {
                        indexOf(question, text).ifPresent(ids::add);
                    }
                    if (type.equals("CHECK")) {
                        ids.sort(Comparator.naturalOrder());
                    }
                    ids.forEach(optionIds::add);
                }
                default -> {}
            }
            converted.add(copy);
        }
        return converted;
    }

    static ArrayNode players(UUID game, JsonNode scores, JsonNode custom) {
        var entries = new ArrayList<Map.Entry<String, Integer>>();
        scores.properties()
                .forEach(entry ->
                        entries.add(Map.entry(entry.getKey(), entry.getValue().asInt())));
        entries.sort(
                Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        ArrayNode players = JSON.createArrayNode();
        int position = 0;
        int rank = 0;
        Integer previous = null;
        for (var entry : entries) {
            position++;
            if (!entry.getValue().equals(previous)) {
                rank = position;
                previous = entry.getValue();
            }
            ObjectNode player = players.addObject();
            player.put("id", playerId(game, entry.getKey()).toString());
            player.put("nickname", entry.getKey());
            if (custom != null && custom.hasNonNull(entry.getKey())) {
                player.put("customField", custom.get(entry.getKey()).asString());
            }
            player.put("score", entry.getValue());
            player.put("rank", rank);
        }
        return players;
    }

    static UUID playerId(UUID game, String nickname) {
        return UUID.nameUUIDFromBytes((game + "/" + nickname).getBytes(StandardCharsets.UTF_8));
    }

    private static OptionalInt indexOf(JsonNode question, String text) {
        JsonNode options = question.path("answers");
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).path("answer").asString().equals(text)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
