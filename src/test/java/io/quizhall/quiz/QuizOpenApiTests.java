package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes the quiz endpoints and the seven question kinds as one discriminated union. */
@IntegrationTest
class QuizOpenApiTests {

    @Autowired
    Api api;

    @Test
    void listsTheQuizEndpoints() {
        JsonNode paths = document().get("paths");

        assertThat(paths.at("/~1api~1v1~1quizzes/post").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes/get").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}/get").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}/put").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}/delete").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}~1publish/post").isObject())
                .isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}~1copy/post").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}~1export/get").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1import/post").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}/put/responses/412").isObject())
                .isTrue();
        assertThat(paths.at("/~1api~1v1~1quizzes~1{id}/put/responses/428").isObject())
                .isTrue();
    }

    @Test
    void describesQuestionsAsAOneOfWithATypeDiscriminator() {
        JsonNode schemas = document().at("/components/schemas");
        JsonNode question = schemas.get("Question");

        assertThat(question.get("oneOf")
                        .valueStream()
                        .map(ref -> ref.get("$ref").asString()))
                .containsExactlyInAnyOrder(
                        "#/components/schemas/AbcdQuestion",
                        "#/components/schemas/CheckQuestion",
                        "#/components/schemas/RangeQuestion",
                        "#/components/schemas/VotingQuestion",
                        "#/components/schemas/OrderQuestion",
                        "#/components/schemas/TextQuestion",
                        "#/components/schemas/SlideQuestion");
        assertThat(question.at("/discriminator/propertyName").asString()).isEqualTo("type");
        assertThat(question.at("/discriminator/mapping/RANGE").asString())
                .isEqualTo("#/components/schemas/RangeQuestion");
        assertThat(question.get("required").valueStream().map(JsonNode::asString))
                .contains("type");
        assertThat(properties(schemas, "RangeQuestion").at("/answers/$ref").asString())
                .isEqualTo("#/components/schemas/RangeAnswer");
        assertThat(properties(schemas, "AbcdQuestion").at("/answers/items/$ref").asString())
                .isEqualTo("#/components/schemas/Choice");
        assertThat(properties(schemas, "TextQuestion").at("/answers/items/$ref").asString())
                .isEqualTo("#/components/schemas/TextAnswer");
        assertThat(properties(schemas, "SlideQuestion").has("question")).isTrue();
        assertThat(properties(schemas, "SlideQuestion").has("answers")).isFalse();
        assertThat(schemas.at("/TextAnswer/properties/caseSensitive").isObject())
                .isTrue();
        assertThat(schemas.at("/TextAnswer/properties").has("plainText")).isFalse();
        for (String schema : new String[] {"QuizRequest", "QuizDetails", "QuizPage", "QuizExport", "ExportedQuiz"}) {
            assertThat(schemas.has(schema)).as(schema).isTrue();
        }
        assertThat(schemas.at("/QuizDetails/properties/public").isObject()).isTrue();
    }

    /** A kind's own properties: springdoc writes each kind as allOf [Question, {its properties}]. */
    private static JsonNode properties(JsonNode schemas, String kind) {
        return schemas.get(kind)
                .get("allOf")
                .valueStream()
                .filter(part -> part.has("properties"))
                .findFirst()
                .orElseThrow()
                .get("properties");
    }

    private JsonNode document() {
        var response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
