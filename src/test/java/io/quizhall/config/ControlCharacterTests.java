package io.quizhall.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.storage.TestFiles;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Control characters in any text a client sends are a 400 naming the field, never a 500 from PostgreSQL (which
 * cannot store U+0000) and never stored.
 */
@IntegrationTest
class ControlCharacterTests {

    private static final String QUIZ = """
            {"title": "%s", "questions": [{"type": "TEXT", "question": "Symbol of gold?", "time": 20,
              "hideResults": false, "answers": [{"answer": "%s", "caseSensitive": false}]}]}""";

    @Autowired
    Accounts accounts;

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("NUL in a login name", "/api/v1/auth/login", """
                        {"login": "ada\\u0000", "password": "whatever it is"}""", "login"),
                Arguments.of("NUL in a password", "/api/v1/auth/login", """
                        {"login": "ada", "password": "pass\\u0000word"}""", "password"),
                Arguments.of("an escape character in a username", "/api/v1/auth/register", """
                        {"email": "e@example.org", "username": "a\\u001bb", "password": "long enough pw"}""", "username"),
                Arguments.of("DEL in an API key's name", "/api/v1/api-keys", """
                        {"name": "key\\u007f"}""", "name"),
                Arguments.of(
                        "a C1 control in a quiz title",
                        "/api/v1/quizzes",
                        QUIZ.formatted("Gold\\u0085", "Au"),
                        "title"),
                Arguments.of(
                        "a lone surrogate deep in a quiz",
                        "/api/v1/quizzes",
                        QUIZ.formatted("Gold", "A\\ud800u"),
                        "questions[0].answers[0].answer"),
                Arguments.of(
                        "NUL in an imported quiz",
                        "/api/v1/quizzes/import",
                        "{\"format\": \"quizhall-quiz\", \"version\": 1, \"quiz\": " + QUIZ.formatted("\\u0000", "Au")
                                + "}",
                        "quiz.title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void controlCharactersInAJsonBodyAreAValidationProblemAtTheFieldsPath(
            String description, String path, String body, String field) {
        var response = accounts.newUser().post(path, body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
        assertThat(response.json().at("/errors/0/message").asString()).isEqualTo("must not contain control characters");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
    }

    @Test
    void anAnonymousLoginWithANulUsernameIsRefusedWithoutAServerError() {
        var response = accounts.anonymous().post("/api/v1/auth/login", """
                {"login": "\\u0000", "password": "whatever it is"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("login");
    }

    @Test
    void tabsAndLineBreaksInTextAreFine() {
        var response = accounts.newUser().post("/api/v1/quizzes", QUIZ.formatted("Line one\\nline\\ttwo\\r\\n", "Au"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void controlCharactersInAQueryParameterAreRefusedByTheParametersName() {
        var response = accounts.anonymous().get("/api/v1/auth/verify-email?token=abc%01def");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("token");
        assertThat(response.json().at("/errors/0/message").asString()).isEqualTo("must not contain control characters");
    }

    @Test
    void controlCharactersInAMultipartFieldAreRefusedByTheFieldsName() {
        var response = accounts.newUser()
                .upload("/api/v1/storage", "cat.png", "image/png", TestFiles.png(8, 8), Map.of("altText", "a\u0001b"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("altText");
    }

    @Test
    void aNulInAnUploadedFilesNameIsAFieldErrorOnTheFile() {
        assertFileRefused(upload("cat\u0000.png"));
    }

    @Test
    void otherControlCharactersInAnUploadedFilesNameAreAFieldErrorOnTheFile() {
        assertFileRefused(upload("cat\u0007.png"));
    }

    private Api.Response upload(String filename) {
        return accounts.newUser().upload("/api/v1/storage", filename, "image/png", TestFiles.png(8, 8), Map.of());
    }

    private static void assertFileRefused(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(response.json().at("/errors/0/message").asString()).isEqualTo("must not contain control characters");
    }
}
