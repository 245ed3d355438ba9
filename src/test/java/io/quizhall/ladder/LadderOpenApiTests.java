package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document lists the ladder's endpoints, and the open question's schema has no solution in it. */
@IntegrationTest
class LadderOpenApiTests {

    @Autowired
    Api api;

    @Test
    void listsTheLadderEndpointsAndKeepsTheSolutionOutOfTheOpenQuestion() {
        var response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        JsonNode paths = document.get("paths");
        for (String pointer : new String[] {
            "/~1api~1v1~1ladders/get",
            "/~1api~1v1~1ladders/post/responses/403",
            "/~1api~1v1~1ladders~1{slug}~1leaderboard/get",
            "/~1api~1v1~1ladder-runs/post/responses/409",
            "/~1api~1v1~1ladder-runs/get",
            "/~1api~1v1~1ladder-runs~1{code}/get",
            "/~1api~1v1~1ladder-runs~1{code}~1answers/post",
            "/~1api~1v1~1ladder-runs~1{code}~1walk-away/post",
            "/~1api~1v1~1ladder-runs~1{code}~1lifelines~1{lifeline}/post",
            "/~1api~1v1~1ladder-questions/post/responses/429",
            "/~1api~1v1~1ladder-questions~1pending/get",
            "/~1api~1v1~1ladder-questions~1{id}~1review/post",
            "/~1api~1v1~1ladder-questions~1imports~1opentdb/post",
            "/~1api~1v1~1ladder-questions~1categories/get"
        }) {
            assertThat(paths.at(pointer).isObject()).as(pointer).isTrue();
        }
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/OpenQuestion/properties").propertyNames())
                .contains("options", "deadline", "removedOptionIds")
                .doesNotContain("rightOptionId", "correct");
        assertThat(schemas.at("/OptionView/properties").propertyNames()).containsExactlyInAnyOrder("id", "text");
    }
}
