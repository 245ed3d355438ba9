package io.quizhall.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes the activity endpoints and the pages as discriminated unions. */
@IntegrationTest
class ActivityOpenApiTests {

    @Autowired
    Api api;

    private JsonNode document() {
        var response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void listsTheOwnersAndTheLearnersEndpoints() {
        JsonNode paths = document().get("paths");

        for (String pointer : new String[] {
            "/~1api~1v1~1activities/post",
            "/~1api~1v1~1activities/get",
            "/~1api~1v1~1activities~1{id}/get",
            "/~1api~1v1~1activities~1{id}/put/responses/428",
            "/~1api~1v1~1activities~1{id}/delete",
            "/~1api~1v1~1activities~1{id}~1export/get",
            "/~1api~1v1~1activities~1import/post",
            "/~1api~1v1~1activities~1{id}~1shares/post",
            "/~1api~1v1~1activities~1{id}~1shares/get",
            "/~1api~1v1~1activities~1{id}~1shares~1{shareId}/delete",
            "/~1api~1v1~1activities~1{id}~1shares~1{shareId}~1qr/get",
            "/~1api~1v1~1activity-shares~1{token}/get/responses/410",
            "/~1api~1v1~1activity-shares~1{token}~1pages~1{index}~1check/post/responses/429"
        }) {
            assertThat(paths.at(pointer).isObject()).as(pointer).isTrue();
        }
    }

    @Test
    void describesPagesAsOneOfWithATypeDiscriminatorAndLearnersPagesWithoutSolutions() {
        JsonNode schemas = document().at("/components/schemas");

        assertThat(schemas.at("/ActivityPage/oneOf")
                        .valueStream()
                        .map(ref -> ref.get("$ref").asString()))
                .containsExactlyInAnyOrder(
                        "#/components/schemas/SlidePage",
                        "#/components/schemas/MarkdownPage",
                        "#/components/schemas/PdfPage",
                        "#/components/schemas/MemoryPage",
                        "#/components/schemas/AbcdPage");
        assertThat(schemas.at("/ActivityPage/discriminator/propertyName").asString())
                .isEqualTo("type");
        assertThat(schemas.at("/LearnerPage/discriminator/mapping/ABCD").asString())
                .isEqualTo("#/components/schemas/LearnerAbcdPage");
        assertThat(schemas.at("/AbcdAnswer/properties").has("correct")).isTrue();
        assertThat(schemas.at("/LearnerOption/properties").has("correct")).isFalse();
    }
}
