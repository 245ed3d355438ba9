package io.quizhall.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document lists the hunts' endpoints, and what players read of a puzzle has neither its auto-responses
 * nor its comparison flags (the answer itself is null until solved or the hunt ended).
 */
@IntegrationTest
class HuntOpenApiTests {

    @Autowired
    Api api;

    @Test
    void listsTheHuntEndpointsAndKeepsAutoResponsesOutOfThePlayersPuzzle() {
        var response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        JsonNode paths = document.get("paths");
        for (String pointer : new String[] {
            "/~1api~1v1~1hunts/get",
            "/~1api~1v1~1hunts/post/responses/400",
            "/~1api~1v1~1hunts~1{id}/get",
            "/~1api~1v1~1hunts~1{id}/put/responses/412",
            "/~1api~1v1~1hunts~1{id}~1organisers/put",
            "/~1api~1v1~1hunts~1{id}~1manage~1puzzles/post/responses/409",
            "/~1api~1v1~1hunts~1{id}~1manage~1rules/put/responses/400",
            "/~1api~1v1~1hunts~1{id}~1manage~1rules~1test/post",
            "/~1api~1v1~1hunts~1{id}~1manage~1progress/get",
            "/~1api~1v1~1hunts~1{id}~1manage~1feed/get",
            "/~1api~1v1~1hunts~1{id}~1teams/post",
            "/~1api~1v1~1hunts~1{id}~1teams~1join/post/responses/409",
            "/~1api~1v1~1hunts~1{id}~1team/get",
            "/~1api~1v1~1hunts~1{id}~1puzzles~1{shortId}~1submissions/post/responses/429",
            "/~1api~1v1~1hunts~1{id}~1prepuzzle~1check/post",
            "/~1api~1v1~1hunts~1{id}~1leaderboard/get",
            "/~1api~1v1~1hunts~1{id}~1manage~1ranking/put/responses/400",
            "/~1api~1v1~1hunts~1{id}~1announcements/get",
            "/~1api~1v1~1hunts~1{id}~1manage~1announcements/post/responses/400",
            "/~1api~1v1~1hunts~1{id}~1manage~1announcements~1{announcement}/delete"
        }) {
            assertThat(paths.at(pointer).isObject()).as(pointer).isTrue();
        }
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/PuzzleView/properties").propertyNames())
                .contains("content", "submissions", "answer")
                .doesNotContain("responses", "caseSensitive", "allowSpaces", "allowNonAlphanumeric");
        assertThat(schemas.at("/PuzzleSettings/properties").propertyNames()).contains("responses", "answer");
    }
}
