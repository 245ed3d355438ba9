package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad registration input gets a 400 (or 409) problem naming the field, never a 500. */
@IntegrationTest
class RegistrationValidationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

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
    void usernamesAreTakenRegardlessOfCase() {
        var existing = accounts.register(Accounts.uniqueName("taken"));

        var sameName = accounts.anonymous().post("/api/v1/auth/register", """
                {"email": "other-%s", "username": "%s", "password": "long enough pw"}""".formatted(
                        existing.email(), existing.username().toUpperCase()));

        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("errors").findValuesAsString("field")).containsExactly("username");
    }

    @Test
    void aTakenEmailIsAnsweredLikeANewOneAndItsOwnerIsToldByEmail() {
        var owner = accounts.register(Accounts.uniqueName("owner"));
        String stranger = Accounts.uniqueName("stranger");
        String newcomer = Accounts.uniqueName("newcomer");

        var taken = register(owner.email().toUpperCase(), stranger);
        var fresh = register(newcomer + "@example.org", newcomer);

        assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(201);
        assertThat(taken.contentType()).isEqualTo(fresh.contentType());
        assertThat(taken.json().propertyNames())
                .containsExactlyElementsOf(fresh.json().propertyNames());
        for (String same : List.of("verified", "roles", "avatarUrl")) {
            assertThat(taken.json().get(same).getNodeType())
                    .as(same)
                    .isEqualTo(fresh.json().get(same).getNodeType());
        }
        assertThat(taken.json().get("verified").asBoolean()).isFalse();
        assertThat(taken.json().get("roles")).isEqualTo(fresh.json().get("roles"));
        assertThat(taken.json().get("username").asString()).isEqualTo(stranger);

        String notice = accounts.awaitMail(owner.email(), Pattern.compile("someone tried to create a Quizhall account"))
                .group();
        assertThat(notice).isNotEmpty();
        assertThat(accounts.mails(owner.email()))
                .filteredOn(mail -> mail.contains("/api/v1/auth/verify-email?token="))
                .as("no verification link for the stranger")
                .hasSize(1);
        assertThat(accounts.verificationToken(newcomer + "@example.org")).isNotEmpty();
        assertThat(Rows.count(jdbc, "users", "lower(username) = lower(?)", stranger))
                .as("nothing was created")
                .isZero();
    }

    private io.quizhall.support.Api.Response register(String email, String username) {
        return accounts.anonymous().post("/api/v1/auth/register", """
                {"email": "%s", "username": "%s", "password": "long enough pw"}""".formatted(email, username));
    }
}
