package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad registration input gets a 400 (or 409) problem naming the field, never a 500. */
@IntegrationTest
class RegistrationValidationTests {

    @Autowired
    Accounts accounts;

    static Stream<Arguments> invalidRegistrations() {
        String longName = "a".repeat(33);
        return Stream.of(
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"ab\",\"password\":\"long enough pw\"}",
                        "username"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"" + longName
                                + "\",\"password\":\"long enough pw\"}",
                        "username"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"bad name!\",\"password\":\"long enough pw\"}",
                        "username"),
                Arguments.of(
                        "{\"email\":\"not-an-email\",\"username\":\"valid_name\",\"password\":\"long enough pw\"}",
                        "email"),
                Arguments.of(
                        "{\"email\":\"" + "e".repeat(95)
                                + "@example.org\",\"username\":\"valid_name\",\"password\":\"long enough pw\"}",
                        "email"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"valid_name\",\"password\":\"short\"}", "password"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"valid_name\",\"password\":\"" + "p".repeat(129)
                                + "\"}",
                        "password"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"valid_name\",\"password\":\"password\"}",
                        "password"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"valid_name\",\"password\":\"qwertyuiop\"}",
                        "password"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":\"valid_name_1\",\"password\":\"VALID_NAME_1\"}",
                        "password"),
                Arguments.of("{\"email\":\"a@example.org\",\"username\":\"valid_name\"}", "password"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":42,\"password\":\"long enough pw\"}", "username"),
                Arguments.of(
                        "{\"email\":\"a@example.org\",\"username\":[\"x\"],\"password\":\"long enough pw\"}",
                        "username"));
    }

    @ParameterizedTest
    @MethodSource("invalidRegistrations")
    void rejectsInvalidInputWithTheFieldNamed(String body, String field) {
        var response = accounts.anonymous().post("/api/v1/auth/register", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    @Test
    void rejectsMalformedJson() {
        var response = accounts.anonymous().post("/api/v1/auth/register", "{\"email\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("malformed-request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
    }

    @Test
    void usernamesAndEmailsAreTakenRegardlessOfCase() {
        var existing = accounts.register(Accounts.uniqueName("taken"));

        var sameName = accounts.anonymous().post("/api/v1/auth/register", """
                {"email": "other-%s", "username": "%s", "password": "long enough pw"}""".formatted(
                        existing.email(), existing.username().toUpperCase()));
        var sameEmail = accounts.anonymous().post("/api/v1/auth/register", """
                {"email": "%s", "username": "%s", "password": "long enough pw"}""".formatted(
                        existing.email().toUpperCase(), Accounts.uniqueName("other")));

        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("errors").findValuesAsString("field")).containsExactly("username");
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.json().get("errors").findValuesAsString("field")).containsExactly("email");
    }
}
