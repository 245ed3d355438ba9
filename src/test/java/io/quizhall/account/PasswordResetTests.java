package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.RawHttp;
import io.quizhall.support.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Password reset requests: one live link per account, a mail limit per account, a request limit per address. */
@IntegrationTest
class PasswordResetTests {

    private static final Pattern TOKEN = Pattern.compile("\\n([A-Za-z0-9_-]{43})\\s");

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    @BeforeEach
    @AfterEach
    void forgetEarlierRequests() {
        accounts.resetMailThrottles();
    }

    @Test
    void aNewResetLinkEndsTheOneBefore() {
        var user = accounts.register(Accounts.uniqueName("twice"));
        Session anonymous = accounts.anonymous();

        requestReset(anonymous, user.email());
        requestReset(anonymous, user.email());
        List<String> tokens = resetTokens(user.email(), 2);

        var older = anonymous.post("/api/v1/auth/reset-password", reset(tokens.get(0)));
        assertThat(older.status()).isEqualTo(400);
        assertThat(older.json().get("code").asString()).isEqualTo("invalid-token");
        assertThat(anonymous
                        .post("/api/v1/auth/reset-password", reset(tokens.get(1)))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void anAccountGetsAtMostThreeResetMailsPerHourAndTheAnswerStaysTheSame() {
        var user = accounts.register(Accounts.uniqueName("flooded"));
        var bystander = accounts.register(Accounts.uniqueName("bystander"));
        Session anonymous = accounts.anonymous();
        int before = accounts.mailCount(user.email());

        var answers = new java.util.ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            var response = requestReset(anonymous, user.email());
            answers.add(response.status() + " " + response.body());
        }
        // Mail goes out in order on one thread: once the bystander's arrives, any mail queued before it has too.
        requestReset(anonymous, bystander.email());
        resetTokens(bystander.email(), 1);

        assertThat(answers).as("the throttled answers look like the others").containsOnly(answers.get(0));
        assertThat(answers.get(0)).startsWith("202");
        assertThat(accounts.mailCount(user.email()) - before).isEqualTo(3);
    }

    @Test
    void oneClientAddressMayAskTwentyTimesAnHourThenGets429() {
        Session anonymous = accounts.anonymous();
        for (int i = 0; i < 20; i++) {
            assertThat(requestReset(anonymous, "nobody-" + UUID.randomUUID() + "@example.org")
                            .status())
                    .isEqualTo(202);
        }

        var refused = requestReset(anonymous, "nobody-" + UUID.randomUUID() + "@example.org");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("too-many-requests");
        assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isPositive();
    }

    /** The base of the links follows server.port, and a forged Host header never reaches a reset link. */
    @Test
    void resetLinksUseTheConfiguredAddressWhateverHostTheRequestNames(
            @Autowired AccountProperties properties, @Value("${server.port}") String serverPort) throws IOException {
        String publicUrl = properties.publicUrl().toString();
        var user = accounts.register(Accounts.uniqueName("forged"));

        var response = new RawHttp(port)
                .send(
                        "POST",
                        "/api/v1/auth/forgot-password",
                        // An Authorization header exempts the request from CSRF; an unknown key leaves it anonymous.
                        Map.of(
                                "Host", "evil.example",
                                "Authorization", "Bearer qh_unknown",
                                "Content-Type", "application/json"),
                        "{\"email\": \"%s\"}".formatted(user.email()));

        assertThat(response.statusLine()).startsWith("HTTP/1.1 202");
        String link = accounts.awaitMail(user.email(), Pattern.compile("or open (\\S+)"))
                .group(1);
        assertThat(publicUrl).isEqualTo("http://localhost:" + serverPort);
        assertThat(link).startsWith(publicUrl + "/reset-password?token=").doesNotContain("evil.example");
    }

    private static io.quizhall.support.Api.Response requestReset(Session session, String email) {
        return session.post("/api/v1/auth/forgot-password", "{\"email\": \"%s\"}".formatted(email));
    }

    private static String reset(String token) {
        return "{\"token\": \"%s\", \"newPassword\": \"a brand new passphrase\"}".formatted(token);
    }

    /** The tokens of the last {@code count} reset mails to {@code email}, oldest first, once they have arrived. */
    private List<String> resetTokens(String email, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> resetMails(email).size() >= count);
        List<String> mails = resetMails(email);
        return mails.subList(mails.size() - count, mails.size()).stream()
                .map(mail -> {
                    Matcher matcher = TOKEN.matcher(mail);
                    assertThat(matcher.find()).isTrue();
                    return matcher.group(1);
                })
                .toList();
    }

    private List<String> resetMails(String email) {
        return accounts.mails(email).stream()
                .filter(mail -> mail.startsWith("Reset your Quizhall password"))
                .toList();
    }
}
