package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** The zero-setup run: no SMTP server, so the verification link is logged and the account works at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class WithoutSmtpTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void newAccountsCanLogInAtOnceAndTheLinkIsLogged(CapturedOutput output) {
        var browser = new Session("http://localhost:" + port);

        var registered = browser.post("/api/v1/auth/register", """
                {"email": "solo@example.org", "username": "solo", "password": "correct horse battery staple"}""");
        var login = browser.post("/api/v1/auth/login", """
                {"login": "solo", "password": "correct horse battery staple"}""");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(login.status()).isEqualTo(200);
        assertThat(output.getOut()).contains("No SMTP server configured").contains("/api/v1/auth/verify-email?token=");
        assertThat(browser.get("/api/v1/instance")
                        .json()
                        .at("/features/emailVerification")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aTakenEmailIsAnsweredLikeANewOneAndTheNoticeToItsOwnerIsLogged(CapturedOutput output) {
        var browser = new Session("http://localhost:" + port);
        browser.post("/api/v1/auth/register", """
                {"email": "first@example.org", "username": "first", "password": "correct horse battery staple"}""");

        var again = browser.post("/api/v1/auth/register", """
                {"email": "FIRST@example.org", "username": "second", "password": "correct horse battery staple"}""");
        var login = browser.post("/api/v1/auth/login", """
                {"login": "second", "password": "correct horse battery staple"}""");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("username").asString()).isEqualTo("second");
        assertThat(login.status()).as("nothing was created").isEqualTo(401);
        assertThat(output.getOut())
                .contains("this email to first@example.org was not sent")
                .contains("someone tried to create a Quizhall account");
    }
}
