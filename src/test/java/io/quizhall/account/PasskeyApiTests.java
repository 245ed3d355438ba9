package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Passkeys end to end over HTTP with a software authenticator, as the web client drives them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasskeyApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registersAPasskeyAndSignsInWithItAloneWithoutAUsername() {
        var user = accounts.newUser();
        var authenticator = new SoftwarePasskey(api.baseUrl());
        var registered = register(user, authenticator, "Laptop");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("name").asString()).isEqualTo("Laptop");

        var listed = user.get("/api/v1/account/passkeys").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("createdAt").asString()).isNotBlank();
        assertThat(listed.get(0).has("lastUsedAt")).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM fido_credentials WHERE user_id = ? AND attestation_object IS NOT NULL",
                        Long.class,
                        user.user().id()))
                .isEqualTo(1);

        Session browser = accounts.anonymous();
        var signedIn = signIn(browser, authenticator, null);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().get("username").asString())
                .isEqualTo(user.user().username());
        assertThat(browser.get("/api/v1/auth/me").json().get("id").asString())
                .isEqualTo(user.user().id().toString());
        assertThat(user.get("/api/v1/account/passkeys")
                        .json()
                        .get(0)
                        .get("lastUsedAt")
                        .asString())
                .isNotBlank();
    }

    @Test
    void aPasskeyIsTheSecondStepAfterAPassword() {
        var user = accounts.newUser();
        var authenticator = new SoftwarePasskey(api.baseUrl());
        assertThat(register(user, authenticator, "Phone").status()).isEqualTo(201);

        Session browser = accounts.anonymous();
        var password =
                browser.post("/api/v1/auth/login", """
                {"login": "%s", "password": "%s"}""".formatted(user.user().username(), Accounts.PASSWORD));
        assertThat(password.status()).isEqualTo(202);
        assertThat(password.json().get("methods").toString()).contains("passkey");
        String pending = password.json().get("pendingLogin").asString();
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);

        var options = browser.post("/api/v1/auth/passkey/options", "{\"pendingLogin\": \"%s\"}".formatted(pending));
        assertThat(options.json().get("publicKey").get("allowCredentials"))
                .as("only this account's passkeys may answer")
                .hasSize(1);
        var done = finishSignIn(
                browser, options.json(), authenticator.get(options.json().get("publicKey")), pending);
        assertThat(done.status()).isEqualTo(200);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);

        var again = signIn(accounts.anonymous(), authenticator, pending);
        assertThat(again.json().get("code").asString())
                .as("the pending login works once")
                .isEqualTo("login-expired");
    }

    @Test
    void anotherUsersPasskeyCannotBeTheSecondStep() {
        var alice = accounts.newUser();
        var alicesKey = new SoftwarePasskey(api.baseUrl());
        register(alice, alicesKey, "Alice's key");
        var bob = accounts.newUser();
        register(bob, new SoftwarePasskey(api.baseUrl()), "Bob's key");

        Session attacker = accounts.anonymous();
        String bobsPending = attacker.post(
                        "/api/v1/auth/login", """
                        {"login": "%s", "password": "%s"}""".formatted(bob.user().username(), Accounts.PASSWORD))
                .json()
                .get("pendingLogin")
                .asString();
        var options = attacker.post("/api/v1/auth/passkey/options", "{\"pendingLogin\": \"%s\"}".formatted(bobsPending))
                .json();
        // A client that ignores allowCredentials and answers with another account's passkey.
        ObjectNode anyKey = ((ObjectNode) options.get("publicKey").deepCopy());
        anyKey.remove("allowCredentials");
        var refused = finishSignIn(attacker, options, alicesKey.get(anyKey), bobsPending);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("passkey-rejected");
        assertThat(attacker.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aSignatureCounterThatDoesNotGrowIsRefusedAndLogged(CapturedOutput output) {
        var user = accounts.newUser();
        var authenticator = new SoftwarePasskey(api.baseUrl());
        register(user, authenticator, "Key");
        assertThat(signIn(accounts.anonymous(), authenticator, null).status()).isEqualTo(200);
        long counter = jdbc.queryForObject(
                "SELECT sign_count FROM fido_credentials WHERE user_id = ?",
                Long.class,
                user.user().id());
        assertThat(counter).isPositive();

        // Another copy of the key signed in meanwhile and moved the stored counter past this one's.
        jdbc.update(
                "UPDATE fido_credentials SET sign_count = ? WHERE user_id = ?",
                counter + 100,
                user.user().id());
        Session browser = accounts.anonymous();
        var cloned = signIn(browser, authenticator, null);
        assertThat(cloned.status()).isEqualTo(400);
        assertThat(cloned.json().get("code").asString()).isEqualTo("passkey-rejected");
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(output.getOut()).contains("possible cloned authenticator");
    }

    @Test
    void aChallengeIsAnsweredOnce() {
        var user = accounts.newUser();
        var authenticator = new SoftwarePasskey(api.baseUrl());
        register(user, authenticator, "Key");
        Session browser = accounts.anonymous();
        var options = browser.post("/api/v1/auth/passkey/options", "{}").json();
        JsonNode answer = authenticator.get(options.get("publicKey"));
        assertThat(finishSignIn(browser, options, answer, null).status()).isEqualTo(200);
        assertThat(finishSignIn(accounts.anonymous(), options, answer, null)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("passkey-rejected");
    }

    @Test
    void onlyTheOwnerDeletesAPasskeyAndOnlyWithARecentProof() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        String id = register(alice, new SoftwarePasskey(api.baseUrl()), "Key")
                .json()
                .get("id")
                .asString();
        assertThat(bob.delete("/api/v1/account/passkeys/" + id).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/account/passkeys").json()).isEmpty();

        clock.freeze();
        clock.advance(Duration.ofMinutes(11));
        assertThat(alice.delete("/api/v1/account/passkeys/" + id)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("reauthentication-required");
        assertThat(alice.post("/api/v1/account/reauthenticate", "{\"password\": \"%s\"}".formatted(Accounts.PASSWORD))
                        .status())
                .isEqualTo(204);
        assertThat(alice.delete("/api/v1/account/passkeys/" + id).status()).isEqualTo(204);
        assertThat(alice.get("/api/v1/account/passkeys").json()).isEmpty();
        assertThat(Base64.getUrlDecoder().decode(id)).isNotEmpty();
    }

    @Test
    void aPasskeyRenewsTheProofForSensitiveChanges() {
        var user = accounts.newUser();
        var authenticator = new SoftwarePasskey(api.baseUrl());
        register(user, authenticator, "Key");
        clock.freeze();
        clock.advance(Duration.ofMinutes(11));
        assertThat(user.post("/api/v1/api-keys", "{\"name\": \"k\"}").status()).isEqualTo(403);

        var options = user.post("/api/v1/account/reauthenticate/passkey/options", "{}")
                .json();
        var proof =
                JSON.createObjectNode().put("ceremony", options.get("ceremony").asString());
        proof.set("credential", authenticator.get(options.get("publicKey")));
        assertThat(user.post("/api/v1/account/reauthenticate/passkey", proof.toString())
                        .status())
                .isEqualTo(204);
        assertThat(user.post("/api/v1/api-keys", "{\"name\": \"k\"}").status()).isEqualTo(201);
    }

    static Api.Response register(Session user, SoftwarePasskey authenticator, String name) {
        var options = user.post("/api/v1/account/passkeys/options", "{}");
        assertThat(options.status()).isEqualTo(200);
        var body = JSON.createObjectNode()
                .put("ceremony", options.json().get("ceremony").asString())
                .put("name", name);
        body.set("credential", authenticator.create(options.json().get("publicKey")));
        return user.post("/api/v1/account/passkeys", body.toString());
    }

    static Api.Response signIn(Session browser, SoftwarePasskey authenticator, String pendingLogin) {
        var options = browser.post(
                        "/api/v1/auth/passkey/options",
                        pendingLogin == null ? "{}" : "{\"pendingLogin\": \"%s\"}".formatted(pendingLogin))
                .json();
        if (!options.has("publicKey")) {
            return browser.post("/api/v1/auth/passkey/options", "{\"pendingLogin\": \"%s\"}".formatted(pendingLogin));
        }
        return finishSignIn(browser, options, authenticator.get(options.get("publicKey")), pendingLogin);
    }

    static Api.Response finishSignIn(Session browser, JsonNode options, JsonNode answer, String pendingLogin) {
        var body =
                JSON.createObjectNode().put("ceremony", options.get("ceremony").asString());
        body.set("credential", answer);
        if (pendingLogin != null) {
            body.put("pendingLogin", pendingLogin);
        }
        return browser.post("/api/v1/auth/passkey", body.toString());
    }
}
