package io.quizhall.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProblemDetailsTests {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

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
