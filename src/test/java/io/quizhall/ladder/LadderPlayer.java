package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Plays runs through the public API like the web client. Only {@link #right} and {@link #wrong} look into the
 * database, because a player cannot know the right option before answering (that is the point).
 */
record LadderPlayer(Accounts.SignedIn session, JdbcClient jdbc) {

    JsonNode start() {
        return start(null);
    }

    JsonNode start(String ladder) {
        var response = session.post("/api/v1/ladder-runs", ladder == null ? "{}" : "{\"ladder\": \"" + ladder + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    JsonNode get(String code) {
        var response = session.get("/api/v1/ladder-runs/" + code);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    Api.Response answer(String code, int level, UUID option) {
        return session.post(
                "/api/v1/ladder-runs/" + code + "/answers",
                "{\"level\": %d, \"optionId\": \"%s\"}".formatted(level, option));
    }

    /** Answers the open question right and returns the run after it. */
    JsonNode answerRight(JsonNode run) {
        JsonNode question = run.get("question");
        var response = answer(run.get("code").asString(), question.get("level").asInt(), right(question));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("result").get("outcome").asString()).isEqualTo("RIGHT");
        return response.json().get("run");
    }

    JsonNode answerWrong(JsonNode run) {
        JsonNode question = run.get("question");
        var response = answer(run.get("code").asString(), question.get("level").asInt(), wrong(question));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    Api.Response lifeline(String code, String name) {
        return session.post("/api/v1/ladder-runs/" + code + "/lifelines/" + name, "");
    }

    UUID right(JsonNode question) {
        return jdbc.sql("SELECT id FROM ladder_options WHERE question_id = ? AND correct")
                .param(UUID.fromString(question.get("questionId").asString()))
                .query(UUID.class)
                .single();
    }

    UUID wrong(JsonNode question) {
        UUID right = right(question);
        for (JsonNode option : question.get("options")) {
            UUID id = UUID.fromString(option.get("id").asString());
            if (!id.equals(right)) {
                return id;
            }
        }
        throw new IllegalStateException("No wrong option shown");
    }
}
