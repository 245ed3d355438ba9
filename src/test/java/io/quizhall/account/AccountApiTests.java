package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.shared.SecureTokens;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import io.quizhall.support.Session;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account API end to end over real HTTP, as a browser and an API client would use it. */
@IntegrationTest
class AccountApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void registerVerifyLoginListSessionsRevokeAndLogOut() {
        String name = Accounts.uniqueName("ada");
        String email = name + "@example.org";
        Session browser = accounts.anonymous();

        var registered = browser.post("/api/v1/auth/register", """
                {"email": "%s", "username": "%s", "password": "%s"}""".formatted(email, name, Accounts.PASSWORD));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("verified").asBoolean()).isFalse();
        assertThat(registered.body()).doesNotContain(Accounts.PASSWORD).doesNotContain("$argon2");

        var beforeVerification = login(browser, name, Accounts.PASSWORD);
        assertThat(beforeVerification.status()).isEqualTo(403);
        assertThat(beforeVerification.json().get("code").asString()).isEqualTo("email-not-verified");

        String token = accounts.verificationToken(email);
        assertThat(browser.get("/api/v1/auth/verify-email?token=" + token).status())
                .isEqualTo(200);
        assertThat(browser.get("/api/v1/auth/verify-email?token=" + token)
                        .json()
                        .get("code")
                        .asString())
                .as("the link works once")
                .isEqualTo("invalid-token");

        var loggedIn = login(browser, email.toUpperCase(), Accounts.PASSWORD);
        assertThat(loggedIn.status()).isEqualTo(200);
        String setCookie = loggedIn.headers().get("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("qh_session="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        String key = browser.cookie("qh_session").orElseThrow();
        assertThat(key.length()).isGreaterThanOrEqualTo(43);
        assertThat(Rows.count(jdbc, "user_sessions", "session_key_hash = sha256(?::bytea)", key))
                .as("only the hash is stored")
                .isEqualTo(1);
        assertThat(Rows.count(jdbc, "user_sessions", "encode(session_key_hash, 'escape') LIKE ?", "%" + key + "%"))
                .isZero();

        var me = browser.get("/api/v1/auth/me").json();
        assertThat(me.get("username").asString()).isEqualTo(name);
        assertThat(me.get("verified").asBoolean()).isTrue();
        assertThat(me.get("roles").toString()).contains("USER").doesNotContain("ADMIN");

        Session phone = accounts.anonymous();
        assertThat(login(phone, name, Accounts.PASSWORD).status()).isEqualTo(200);
        assertThat(phone.cookie("qh_session").orElseThrow())
                .as("a new key at every login")
                .isNotEqualTo(key);

        var sessions = browser.get("/api/v1/auth/sessions").json();
        assertThat(sessions.size()).isEqualTo(2);
        String phoneSession = null;
        int current = 0;
        for (var session : sessions) {
            if (session.get("current").asBoolean()) {
                current++;
            } else {
                phoneSession = session.get("id").asString();
            }
        }
        assertThat(current).isEqualTo(1);

        assertThat(browser.delete("/api/v1/auth/sessions/" + phoneSession).status())
                .isEqualTo(204);
        assertThat(phone.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);

        assertThat(browser.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(Rows.count(jdbc, "user_sessions", "session_key_hash = sha256(?::bytea)", key))
                .as("logout revokes on the server")
                .isZero();
    }

    @Test
    void signOutEverywhereEndsAllSessions() {
        var user = accounts.register(Accounts.uniqueName("eve"));
        var laptop = accounts.signIn(user);
        var phone = accounts.signIn(user);

        assertThat(laptop.post("/api/v1/auth/logout-everywhere", null).status()).isEqualTo(204);

        assertThat(laptop.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(phone.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void anotherUsersSessionIdIsNotFound() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        String bobsSession =
                bob.get("/api/v1/auth/sessions").json().get(0).get("id").asString();

        var response = alice.delete("/api/v1/auth/sessions/" + bobsSession);

        assertThat(response.status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/auth/me").status()).isEqualTo(200);
    }

    @Test
    void forgotPasswordAnswersTheSameForUnknownEmailsAndTheMailedTokenResetsOnce() {
        var user = accounts.register(Accounts.uniqueName("reset"));
        var oldSession = accounts.signIn(user);
        Session anonymous = accounts.anonymous();

        var known = anonymous.post("/api/v1/auth/forgot-password", "{\"email\": \"%s\"}".formatted(user.email()));
        var unknown = anonymous.post(
                "/api/v1/auth/forgot-password", "{\"email\": \"nobody-%s@example.org\"}".formatted(UUID.randomUUID()));
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());

        String token = accounts.awaitMail(user.email(), Pattern.compile("\\n([A-Za-z0-9_-]{43})\\s"))
                .group(1);
        assertThat(redis.keys("qh:password-reset:*")).noneMatch(key -> key.contains(token));
        assertThat(redis.getExpire("qh:password-reset:" + HexFormat.of().formatHex(SecureTokens.sha256(token))))
                .isBetween(3500L, 3600L);

        String reset = "{\"token\": \"%s\", \"newPassword\": \"a brand new passphrase\"}".formatted(token);
        assertThat(anonymous.post("/api/v1/auth/reset-password", reset).status())
                .isEqualTo(204);
        var reused = anonymous.post("/api/v1/auth/reset-password", reset);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("code").asString()).isEqualTo("invalid-token");

        assertThat(oldSession.get("/api/v1/auth/me").status())
                .as("reset ends all sessions")
                .isEqualTo(401);
        assertThat(login(accounts.anonymous(), user.username(), Accounts.PASSWORD)
                        .status())
                .isEqualTo(401);
        assertThat(login(accounts.anonymous(), user.username(), "a brand new passphrase")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void changingThePasswordNeedsTheOldOneAndEndsOtherSessions() {
        var user = accounts.register(Accounts.uniqueName("change"));
        var here = accounts.signIn(user);
        var elsewhere = accounts.signIn(user);

        var wrong = here.post("/api/v1/account/password", """
                {"oldPassword": "not it at all", "newPassword": "another good passphrase"}""");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().at("/errors/0/field").asString()).isEqualTo("oldPassword");

        var changed = here.post("/api/v1/account/password", """
                {"oldPassword": "%s", "newPassword": "another good passphrase"}""".formatted(Accounts.PASSWORD));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(here.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(elsewhere.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(login(accounts.anonymous(), user.username(), "another good passphrase")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsArgon2idWithOwaspParameters() {
        var user = accounts.register(Accounts.uniqueName("hash"));

        String stored = jdbc.queryForObject("SELECT password FROM users WHERE id = ?", String.class, user.id());

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(Accounts.PASSWORD);
    }

    @Test
    void stateChangingCookieRequestsNeedTheCsrfToken() {
        var user = accounts.newUser();

        var forged = user.withoutCsrfToken().post("/api/v1/api-keys", "{\"name\": \"forged\"}");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("code").asString()).isEqualTo("csrf-token-missing");
        assertThat(Rows.count(jdbc, "api_keys", "user_id = ?", user.user().id()))
                .isZero();
    }

    @Test
    void apiKeysAreShownOnceStoredHashedUsableAndDeletable() {
        var alice = accounts.newUser();
        var created = alice.post("/api/v1/api-keys", "{\"name\": \"grading script\"}");
        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asString();
        String id = created.json().get("id").asString();
        assertThat(key).hasSize(48).startsWith("qh_").matches("[A-Za-z0-9_]+");

        var listed = alice.get("/api/v1/api-keys");
        assertThat(listed.body()).doesNotContain(key).contains("grading script");
        assertThat(listed.json().get(0).get("prefix").asString()).isEqualTo(key.substring(0, 8));
        assertThat(Rows.count(jdbc, "api_keys", "key_hash = sha256(?::bytea)", key))
                .isEqualTo(1);

        Session script = accounts.anonymous();
        var me = script.send("GET", "/api/v1/auth/me", null, Map.of("Authorization", "Bearer " + key));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(alice.user().username());
        var withoutCsrf = script.withoutCsrfToken()
                .send(
                        "POST",
                        "/api/v1/api-keys",
                        "{\"name\": \"from script\"}",
                        Map.of("Authorization", "Bearer " + key));
        assertThat(withoutCsrf.json().get("code").asString())
                .as("API-key requests need no CSRF token, but a key never counts as a recent proof of identity")
                .isEqualTo("reauthentication-required");
        var used = alice.get("/api/v1/api-keys")
                .json()
                .valueStream()
                .filter(listedKey -> listedKey.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(used.has("lastUsedAt")).as("use of the key is recorded").isTrue();

        var bob = accounts.newUser();
        assertThat(bob.delete("/api/v1/api-keys/" + id).status()).isEqualTo(404);
        assertThat(alice.delete("/api/v1/api-keys/" + id).status()).isEqualTo(204);
        assertThat(script.send("GET", "/api/v1/auth/me", null, Map.of("Authorization", "Bearer " + key))
                        .status())
                .isEqualTo(401);
        assertThat(script.send("GET", "/api/v1/auth/me", null, Map.of("Authorization", "Bearer qh_nonsense"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndCascades() {
        var user = accounts.newUser();
        UUID id = user.user().id();
        user.post("/api/v1/api-keys", "{\"name\": \"k\"}");
        UUID quiz = Rows.quiz(jdbc, id);
        UUID file = UUID.randomUUID();
        jdbc.update("INSERT INTO storage_items (id, user_id, mime_type, size) VALUES (?, ?, 'image/png', 1)", file, id);

        assertThat(user.post("/api/v1/account/delete", "{\"password\": \"wrong password!\"}")
                        .status())
                .isEqualTo(400);
        assertThat(user.post("/api/v1/account/delete", "{\"password\": \"%s\"}".formatted(Accounts.PASSWORD))
                        .status())
                .isEqualTo(204);

        assertThat(Rows.count(jdbc, "users", "id = ?", id)).isZero();
        assertThat(Rows.count(jdbc, "user_sessions", "user_id = ?", id)).isZero();
        assertThat(Rows.count(jdbc, "api_keys", "user_id = ?", id)).isZero();
        assertThat(Rows.count(jdbc, "quiz", "id = ?", quiz)).isZero();
        assertThat(Rows.count(jdbc, "storage_items", "id = ? AND user_id IS NULL", file))
                .isEqualTo(1);
        assertThat(user.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(login(accounts.anonymous(), user.user().username(), Accounts.PASSWORD)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void configuredAdministratorsGetTheAdminRole() {
        var admin = accounts.newAdmin();

        assertThat(admin.get("/api/v1/auth/me").json().get("roles").toString()).contains("ADMIN");
    }

    @Test
    void instanceReportsTheAccountFeatures() {
        var features = api.get("/api/v1/instance").json().get("features");

        assertThat(features.get("registration").asBoolean()).isTrue();
        assertThat(features.get("emailVerification").asBoolean()).isTrue();
        assertThat(features.get("apiKeys").asBoolean()).isTrue();
    }

    @Test
    void authResponsesCarrySecurityHeaders() {
        var response = login(accounts.anonymous(), "nobody", "whatever password");

        assertThat(response.headers().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.headers().getFirst("Cache-Control")).contains("no-store");
    }

    static Api.Response login(Session session, String login, String password) {
        return session.post("/api/v1/auth/login", """
                {"login": "%s", "password": "%s"}""".formatted(login, password));
    }
}
