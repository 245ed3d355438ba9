package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "quizhall.account.registration-enabled=false")
@ActiveProfiles("test")
class RegistrationDisabledTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void registrationIsRefusedWithAClearProblem() {
        var browser = new Session("http://localhost:" + port);

        var response = browser.post("/api/v1/auth/register", """
                {"email": "late@example.org", "username": "late", "password": "correct horse battery staple"}""");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("registration-disabled");
        assertThat(response.json().get("detail").asString()).contains("does not accept new accounts");
        assertThat(browser.get("/api/v1/instance")
                        .json()
                        .at("/features/registration")
                        .asBoolean())
                .isFalse();
    }
}
