package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.QrCodes;
import io.quizhall.support.Session;
import io.quizhall.support.TestClock;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** TOTP, backup codes, the enforced second step and re-authentication, through HTTP as the web client uses them. */
@IntegrationTest
class SecondFactorApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A signed-in user with TOTP on: the session, the raw secret and the backup codes. */
    record Enrolled(Accounts.SignedIn session, byte[] secret, List<String> backupCodes) {}

    @Test
    void totpIsOnlyTurnedOnByAConfirmedCode() {
        var user = accounts.newUser();
        var setup = user.post("/api/v1/account/totp/setup", "{}");
        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.json().get("otpauthUri").asString()).startsWith("otpauth://totp/Quizhall:");
        var qr = user.getBytes(setup.json().get("qrCodeUrl").asString(), Map.of());
        assertThat(qr.status()).isEqualTo(200);
        assertThat(QrCodes.read(qr.body()))
                .isEqualTo(setup.json().get("otpauthUri").asString());
        byte[] secret = base32(setup.json().get("secret").asString());
        assertThat(jdbc.queryForObject(
                        "SELECT octet_length(totp_secret) FROM users WHERE id = ?",
                        Integer.class,
                        user.user().id()))
                .as("stored sealed: nonce, ciphertext and tag, not the 20-byte secret")
                .isEqualTo(12 + 20 + 16);

        var wrong = user.post("/api/v1/account/totp/confirm", "{\"code\": \"%s\"}".formatted(wrongCode(secret)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("code").asString()).isEqualTo("invalid-code");
        assertThat(status(user).get("totpEnabled").asBoolean()).isFalse();
        assertThat(login(accounts.anonymous(), user.user()).status())
                .as("an unconfirmed setup changes nothing at sign-in")
                .isEqualTo(200);

        var confirmed = user.post("/api/v1/account/totp/confirm", "{\"code\": \"%s\"}".formatted(code(secret, 0)));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("codes")).hasSize(10);
        assertThat(status(user).get("totpEnabled").asBoolean()).isTrue();
        assertThat(status(user).get("backupCodesLeft").asInt()).isEqualTo(10);
        assertThat(jdbc.queryForList(
                        "SELECT code_hash FROM backup_codes WHERE user_id = ?",
                        String.class,
                        user.user().id()))
                .allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$"));
        assertThat(user.post("/api/v1/account/totp/setup", "{}").status())
                .as("the secret is never handed out again")
                .isEqualTo(409);
        assertThat(user.getBytes(setup.json().get("qrCodeUrl").asString(), Map.of())
                        .status())
                .as("nor its QR code")
                .isEqualTo(404);
    }

    @Test
    void aPasswordAloneGivesAPendingLoginThatIsNoSession() {
        var enrolled = enroll();
        Session browser = accounts.anonymous();

        var first = login(browser, enrolled.session().user());
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("methods").toString()).contains("totp").contains("backup-code");
        String pending = first.json().get("pendingLogin").asString();
        assertThat(browser.cookie("qh_session"))
                .as("no session before the second step")
                .isEmpty();
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);

        for (String path : List.of("/api/v1/auth/me", "/api/v1/quizzes", "/api/v1/account/second-factors")) {
            var asBearer = accounts.anonymous().send("GET", path, null, Map.of("Authorization", "Bearer " + pending));
            assertThat(asBearer.status())
                    .as("the pending token as an API key, " + path)
                    .isEqualTo(401);
            var asCookie = accounts.anonymous().send("GET", path, null, Map.of("Cookie", "qh_session=" + pending));
            assertThat(asCookie.status())
                    .as("the pending token as a session cookie, " + path)
                    .isEqualTo(401);
        }

        var done = secondStep(browser, pending, code(enrolled.secret(), 1));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("username").asString())
                .isEqualTo(enrolled.session().user().username());
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);

        assertThat(secondStep(accounts.anonymous(), pending, code(enrolled.secret(), 1))
                        .json()
                        .get("code")
                        .asString())
                .as("the pending login works once")
                .isEqualTo("login-expired");
    }

    @Test
    void aTotpCodeIsAcceptedOnlyOnce() {
        var enrolled = enroll();
        String codeNow = code(enrolled.secret(), 1);
        assertThat(secondStep(accounts.anonymous(), pendingLogin(enrolled), codeNow)
                        .status())
                .isEqualTo(200);

        var replay = secondStep(accounts.anonymous(), pendingLogin(enrolled), codeNow);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().get("code").asString()).isEqualTo("invalid-code");
    }

    @Test
    void backupCodesWorkOnceEach() {
        var enrolled = enroll();
        String backup = enrolled.backupCodes().get(3);
        Session browser = accounts.anonymous();
        assertThat(secondStep(browser, pendingLogin(enrolled), backup.toUpperCase())
                        .status())
                .as("case and dash do not matter")
                .isEqualTo(200);
        assertThat(status(browser).get("backupCodesLeft").asInt()).isEqualTo(9);

        var again = secondStep(accounts.anonymous(), pendingLogin(enrolled), backup);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asString()).isEqualTo("invalid-code");
    }

    @Test
    void wrongCodesAreThrottledPerAccount() {
        var enrolled = enroll();
        String pending = pendingLogin(enrolled);
        for (int i = 0; i < 5; i++) {
            assertThat(secondStep(accounts.anonymous(), pending, wrongCode(enrolled.secret()))
                            .status())
                    .isEqualTo(400);
        }
        var locked = secondStep(accounts.anonymous(), pending, code(enrolled.secret(), 1));
        assertThat(locked.status()).as("even the right code, during the lock").isEqualTo(429);
        assertThat(locked.json().get("code").asString()).isEqualTo("too-many-requests");
        assertThat(locked.headers().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void sensitiveChangesNeedARecentProof() {
        var enrolled = enroll();
        var session = enrolled.session();
        clock.freeze();
        clock.advance(Duration.ofMinutes(11));

        var stale = session.delete("/api/v1/account/totp");
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.json().get("code").asString()).isEqualTo("reauthentication-required");
        assertThat(session.post("/api/v1/account/backup-codes", "{}").status()).isEqualTo(403);
        assertThat(session.post("/api/v1/api-keys", "{\"name\": \"k\"}").status())
                .isEqualTo(403);

        var wrong = session.post("/api/v1/account/reauthenticate", "{\"password\": \"not my password\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(session.post(
                                "/api/v1/account/reauthenticate",
                                "{\"code\": \"%s\"}".formatted(code(enrolled.secret(), 1)))
                        .status())
                .isEqualTo(204);

        var codes = session.post("/api/v1/account/backup-codes", "{}");
        assertThat(codes.status()).isEqualTo(200);
        assertThat(secondStep(
                                accounts.anonymous(),
                                pendingLogin(enrolled),
                                enrolled.backupCodes().get(0))
                        .status())
                .as("regenerating ends the old set")
                .isEqualTo(400);
        String key = session.post("/api/v1/api-keys", "{\"name\": \"k\"}")
                .json()
                .get("key")
                .asString();
        var byKey = accounts.anonymous()
                .send("POST", "/api/v1/api-keys", "{\"name\": \"k2\"}", Map.of("Authorization", "Bearer " + key));
        assertThat(byKey.status()).as("an API key never counts as a proof").isEqualTo(403);

        assertThat(session.delete("/api/v1/account/totp").status()).isEqualTo(204);
        assertThat(status(session).get("backupCodesLeft").asInt()).isZero();
        assertThat(login(accounts.anonymous(), session.user()).status()).isEqualTo(200);
    }

    private Enrolled enroll() {
        var user = accounts.newUser();
        byte[] secret = base32(user.post("/api/v1/account/totp/setup", "{}")
                .json()
                .get("secret")
                .asString());
        var confirmed = user.post("/api/v1/account/totp/confirm", "{\"code\": \"%s\"}".formatted(code(secret, 0)));
        assertThat(confirmed.status()).isEqualTo(200);
        var codes = new ArrayList<String>();
        confirmed.json().get("codes").forEach(code -> codes.add(code.asString()));
        return new Enrolled(user, secret, codes);
    }

    private String pendingLogin(Enrolled enrolled) {
        var response = login(accounts.anonymous(), enrolled.session().user());
        assertThat(response.status()).isEqualTo(202);
        return response.json().get("pendingLogin").asString();
    }

    private static Api.Response login(Session browser, Accounts.User user) {
        return browser.post("/api/v1/auth/login", """
                {"login": "%s", "password": "%s"}""".formatted(user.username(), user.password()));
    }

    private static Api.Response secondStep(Session browser, String pending, String code) {
        return browser.post("/api/v1/auth/login/second-factor", """
                {"pendingLogin": "%s", "code": "%s"}""".formatted(pending, code));
    }

    private static JsonNode status(Session session) {
        return session.get("/api/v1/account/second-factors").json();
    }

    /** The code of the time step {@code offset} steps from now (within the ±1 window the server accepts). */
    private String code(byte[] secret, int offset) {
        return Totp.code(secret, Totp.step(clock.instant()) + offset);
    }

    /** A code that matches none of the three steps the server accepts. */
    private String wrongCode(byte[] secret) {
        long step = Totp.step(clock.instant());
        var valid = List.of(Totp.code(secret, step - 1), Totp.code(secret, step), Totp.code(secret, step + 1));
        for (int candidate = 0; ; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }

    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
