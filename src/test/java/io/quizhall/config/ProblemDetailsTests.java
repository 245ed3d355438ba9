package io.quizhall.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@IntegrationTest
class ProblemDetailsTests {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * A quiz that the JSON rules refuse (a SLIDE with answers, a control character in the title) sent as another
     * data format: it was read by the converter springdoc's YAML brought, past those rules.
     */
    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/cbor", "application/xml", "text/xml"})
    void bodiesInOtherDataFormatsThanJsonAreRefused(String contentType) {
        String quiz = """
                {"title": "Pro\\u0007be", "questions": [{"type": "SLIDE", "question": "Hi", "time": 5,
                  "image": null, "hideResults": false, "answers": [{"answer": "a", "right": true, "color": null}]}]}""";
        var alice = accounts.newUser();

        var response = alice.send(
                "POST", "/api/v1/quizzes", quiz.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", contentType));

        assertThat(response.status()).as(response.body()).isEqualTo(415);
        assertThat(response.json().get("code").asString()).isEqualTo("unsupported-media-type");
        assertThat(alice.get("/api/v1/quizzes").json().get("totalItems").asInt())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/cbor", "application/xml"})
    void responsesAreJsonWhateverTheClientAccepts(String accept) {
        var response = accounts.newUser().send("GET", "/api/v1/quizzes", null, Map.of("Accept", accept));

        assertThat(response.contentType()).as(response.body()).startsWith("application/");
        assertThat(response.contentType()).contains("json");
    }

    @Test
    void unknownPathsAnswerWithANotFoundProblem() {
        var response = accounts.newUser().get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:quizhall:problem:not-found");
        assertThat(problem.get("code").asString()).isEqualTo("not-found");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.has("detail")).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/no-such-thing", "/api/v1/quizzes/a/b/c", "/no-such-page.html", "/actuator/nothing"})
    void unknownPathsAreNotFoundForAnonymousCallersToo(String path) {
        var response = api.get(path);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("not-found");
    }

    @Test
    void stateChangingRequestsToUnknownPathsAreNotFoundWithOrWithoutACsrfToken() {
        assertThat(accounts.anonymous().post("/api/v1/no-such-thing", "{}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/no-such-thing", "application/json", "{}").status())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/auth/me",
        "GET, /api/v1/quizzes",
        "POST, /api/v1/quizzes",
        "DELETE, /api/v1/quizzes/0b6c4f4e-9a57-4f4e-8f0e-1f2a3b4c5d6e",
        "POST, /api/v1/api-keys",
        "GET, /api/v1/storage",
        "GET, /api/v1/results",
        "GET, /actuator/prometheus"
    })
    void knownProtectedEndpointsStillAnswerAnonymousCallersWith401(String method, String path) {
        var response = accounts.anonymous().send(method, path, method.equals("GET") ? null : "{}", Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    /** Every controller endpoint, asked anonymously, is at worst refused, never taken for an unknown path. */
    @Test
    void noControllerEndpointIsTakenForAnUnknownPath() {
        var anonymous = accounts.anonymous();
        var checked = new java.util.ArrayList<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                var methods = info.getMethodsCondition().getMethods();
                String method =
                        methods.isEmpty() ? "GET" : methods.iterator().next().name();
                var response = anonymous.send(method, path, method.equals("GET") ? null : "{}", Map.of());
                assertThat(response.body()).as(method + " " + path).doesNotContain("There is nothing here.");
                checked.add(method + " " + path);
            }
        });
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void stateChangingRequestsWithoutACsrfTokenAnswerWithAForbiddenProblem() {
        var response = api.post("/api/v1/instance", "application/json", "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:quizhall:problem:csrf-token-missing");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void anonymousCallsToProtectedEndpointsAnswerWithAnUnauthenticatedProblem() {
        var response = api.get("/api/v1/auth/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void wrongMethodsAnswerWithAMethodNotAllowedProblem() {
        var response = accounts.newUser().post("/api/v1/auth/me", "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("code").asString()).isEqualTo("method-not-allowed");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        var response = api.get("/api/v1/instance");

        assertThat(response.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.headers().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
    }
}
