package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Results kept before ids existed get them: players by nickname, options found by their text. */
class V10ResultsKeepIdsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oldAnswersGetPlayerAndOptionIds() {
        UUID game = UUID.randomUUID();
        JsonNode questions = JSON.readTree("""
                [{"type":"ABCD","question":"Largest?","answers":[{"answer":"Jupiter","right":true},{"answer":"Mars","right":false}]},
                 {"type":"CHECK","question":"Primes?","answers":[{"answer":"2","right":true},{"answer":"4","right":false},{"answer":"7","right":true}]},
                 {"type":"RANGE","question":"Year?","answers":{"min":1900,"max":2000,"minCorrect":1988,"maxCorrect":1990}},
                 {"type":"TEXT","question":"Gold?","answers":[{"answer":"Au","caseSensitive":false}]}]""");
        JsonNode answers = JSON.readTree("""
                [{"question":0,"username":"Ada","answer":"Mars","right":false,"timeTakenMs":2000,"score":0},
                 {"question":1,"username":"Ada","answer":"7 | 2","right":true,"timeTakenMs":3000,"score":925},
                 {"question":2,"username":"Bob","answer":"1989","right":true,"timeTakenMs":1000,"score":975},
                 {"question":3,"username":"Bob","answer":"au","right":true,"timeTakenMs":1000,"score":975}]""");

        JsonNode converted = V10__results_keep_ids.answers(game, questions, answers);

        assertThat(converted.get(0).get("optionIds").toString()).isEqualTo("[1]");
        assertThat(converted.get(1).get("optionIds").toString()).isEqualTo("[0,2]");
        assertThat(converted.get(2).get("value").asString()).isEqualTo("1989");
        assertThat(converted.get(3).get("text").asString()).isEqualTo("au");
        assertThat(converted.get(0).get("playerId").asString())
                .isEqualTo(converted.get(1).get("playerId").asString())
                .isEqualTo(V10__results_keep_ids.playerId(game, "Ada").toString());
        assertThat(converted.get(0).get("score").asInt())
                .as("what was there stays")
                .isZero();
    }

    @Test
    void playersAreListedBestFirstWithCompetitionRanks() {
        UUID game = UUID.randomUUID();
        JsonNode players = V10__results_keep_ids.players(
                game, JSON.readTree("{\"Ada\": 900, \"Bob\": 1800, \"Cy\": 900}"), JSON.readTree("{\"Ada\": \"5b\"}"));

        assertThat(players).hasSize(3);
        assertThat(players.get(0).get("nickname").asString()).isEqualTo("Bob");
        assertThat(players.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(players.get(1).get("rank").asInt()).isEqualTo(2);
        assertThat(players.get(2).get("rank").asInt()).isEqualTo(2);
        assertThat(players.get(1).get("customField").asString()).isEqualTo("5b");
    }
}
