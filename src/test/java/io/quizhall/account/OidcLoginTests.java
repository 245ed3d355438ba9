package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import io.quizhall.support.TestOidc;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in with OpenID Connect against a real in-process provider (two issuers), through the same redirects a
 * browser follows: new accounts, explicit linking, no linking by e-mail, the unlink guard and provider errors.
 */
@IntegrationTest
class OidcLoginTests {

    private static final HttpClient PROVIDER_CLIENT = HttpClient.newHttpClient();

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsTheConfiguredProvidersForTheLandingPage() {
        var providers = api.get("/api/v1/auth/providers").json();
        assertThat(providers.findValuesAsString("id")).containsExactlyInAnyOrder("idp-a", "idp-b");
        assertThat(providers.get(0).get("loginUrl").asString()).startsWith("/oauth2/authorization/idp-");
    }

    @Test
    void aFirstSignInCreatesAnAccountAndTheNextSignsInToIt() {
        String subject = UUID.randomUUID().toString();
        Session browser = accounts.anonymous();
        String landing = signInAt(browser, "idp-a", subject, "grace.hopper@example.net", "grace");
        assertThat(landing).isEqualTo("/");
        var me = browser.get("/api/v1/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).startsWith("grace");
        UUID id = UUID.fromString(me.json().get("id").asString());
        assertThat(jdbc.queryForMap("SELECT auth_type, password, require_password FROM users WHERE id = ?", id))
                .containsEntry("auth_type", "CUSTOM")
                .containsEntry("password", null)
                .containsEntry("require_password", false);

        Session later = accounts.anonymous();
        signInAt(later, "idp-a", subject, "grace.hopper@example.net", "grace");
        assertThat(later.get("/api/v1/auth/me").json().get("id").asString()).isEqualTo(id.toString());
    }

    @Test
    void anExistingAccountIsNeverLinkedByEmail() {
        var local = accounts.newUser();
        Session browser = accounts.anonymous();
        signInAt(
                browser,
                "idp-a",
                UUID.randomUUID().toString(),
                local.user().email(),
                local.user().username());

        var me = browser.get("/api/v1/auth/me").json();
        assertThat(me.get("id").asString()).isNotEqualTo(local.user().id().toString());
        assertThat(me.has("email")).as("the address belongs to another account").isFalse();
        assertThat(me.get("username").asString())
                .isNotEqualToIgnoringCase(local.user().username());
        assertThat(local.get("/api/v1/account/identities").json()).isEmpty();
    }

    @Test
    void aSecondProviderIsLinkedOnlyByExplicitRequestWhileSignedIn() {
        String subjectA = UUID.randomUUID().toString();
        String subjectB = UUID.randomUUID().toString();
        Session browser = accounts.anonymous();
        signInAt(browser, "idp-a", subjectA, null, "linus");
        String id = browser.get("/api/v1/auth/me").json().get("id").asString();

        var started = browser.post("/api/v1/account/identities/idp-b/link", "{}");
        assertThat(started.status()).isEqualTo(200);
        String redirect = started.json().get("redirect").asString();
        assertThat(redirect).isEqualTo("/oauth2/authorization/idp-b");
        assertThat(follow(browser, redirect, "idp-b", subjectB, null, "linus-b"))
                .isEqualTo("/account.html?linked=idp-b");
        assertThat(browser.get("/api/v1/account/identities").json().findValuesAsString("provider"))
                .containsExactly("idp-a", "idp-b");

        Session elsewhere = accounts.anonymous();
        signInAt(elsewhere, "idp-b", subjectB, null, "linus-b");
        assertThat(elsewhere.get("/api/v1/auth/me").json().get("id").asString()).isEqualTo(id);
    }

    @Test
    void anIdentityOfAnotherAccountIsNotLinked() {
        String taken = UUID.randomUUID().toString();
        signInAt(accounts.anonymous(), "idp-b", taken, null, "first");
        var other = accounts.newUser();
        String redirect = other.post("/api/v1/account/identities/idp-b/link", "{}")
                .json()
                .get("redirect")
                .asString();
        assertThat(follow(other, redirect, "idp-b", taken, null, "first"))
                .isEqualTo("/account.html?link-error=identity-in-use");
        assertThat(other.get("/api/v1/account/identities").json()).isEmpty();
    }

    @Test
    void theLastWayToSignInCannotBeUnlinked() {
        Session browser = accounts.anonymous();
        signInAt(browser, "idp-a", UUID.randomUUID().toString(), null, "solo");
        String only = browser.get("/api/v1/account/identities")
                .json()
                .get(0)
                .get("id")
                .asString();
        var refused = browser.delete("/api/v1/account/identities/" + only);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("last-sign-in-method");

        String redirect = browser.post("/api/v1/account/identities/idp-b/link", "{}")
                .json()
                .get("redirect")
                .asString();
        follow(browser, redirect, "idp-b", UUID.randomUUID().toString(), null, "solo-b");
        assertThat(browser.delete("/api/v1/account/identities/" + only).status())
                .isEqualTo(204);
        assertThat(browser.get("/api/v1/account/identities").json().findValuesAsString("provider"))
                .containsExactly("idp-b");
        assertThat(accounts.newUser()
                        .delete("/api/v1/account/identities/" + only)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aProviderSignInCannotSkipTheSecondStep() {
        String subject = UUID.randomUUID().toString();
        Session browser = accounts.anonymous();
        signInAt(browser, "idp-a", subject, null, "careful");
        byte[] secret = SecondFactorApiTests.base32(browser.post("/api/v1/account/totp/setup", "{}")
                .json()
                .get("secret")
                .asString());
        long step = Totp.step(java.time.Instant.now());
        assertThat(browser.post("/api/v1/account/totp/confirm", "{\"code\": \"%s\"}".formatted(Totp.code(secret, step)))
                        .status())
                .isEqualTo(200);

        Session later = accounts.anonymous();
        String landing = signInAt(later, "idp-a", subject, null, "careful");
        assertThat(landing).startsWith("/#pending-login=").contains("methods=totp");
        assertThat(later.get("/api/v1/auth/me").status())
                .as("no session before the second step")
                .isEqualTo(401);
        String pending = landing.substring("/#pending-login=".length(), landing.indexOf('&'));
        var done = later.post("/api/v1/auth/login/second-factor", """
                {"pendingLogin": "%s", "code": "%s"}""".formatted(pending, Totp.code(secret, step + 1)));
        assertThat(done.status()).isEqualTo(200);
        assertThat(later.get("/api/v1/auth/me").status()).isEqualTo(200);
    }

    @Test
    void cancelledConsentComesBackToTheLandingPageWithACode() {
        Session browser = accounts.anonymous();
        var start = browser.get("/oauth2/authorization/idp-a");
        assertThat(start.status()).isEqualTo(302);
        String state = queryParameter(start.headers().getLocation(), "state");
        var back = browser.get("/login/oauth2/code/idp-a?error=access_denied&state=" + state);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.headers().getLocation().toString()).endsWith("/?login-error=access-denied");
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void anAnswerForAnotherBrowsersFlowSignsNobodyIn() {
        Session victim = accounts.anonymous();
        Session attacker = accounts.anonymous();
        var start = attacker.get("/oauth2/authorization/idp-a");
        // No claims queued: this code is never redeemed, and queued claims would be left for the next sign-in.
        String callback = provider(start.headers().getLocation(), null);
        var back = victim.get(callback);
        assertThat(back.headers().getLocation().toString()).contains("login-error=");
        assertThat(victim.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    /** Signs in through the provider; answers where the app sent the browser at the end. */
    private String signInAt(Session browser, String issuer, String subject, @Nullable String email, String username) {
        return follow(browser, "/oauth2/authorization/" + issuer, issuer, subject, email, username);
    }

    private String follow(
            Session browser, String start, String issuer, String subject, @Nullable String email, String username) {
        var toProvider = browser.get(start);
        assertThat(toProvider.status()).isEqualTo(302);
        String callback = provider(toProvider.headers().getLocation(), issuer, subject, email, username);
        var back = browser.get(callback);
        assertThat(back.status()).as(back.body()).isEqualTo(302);
        URI landing = back.headers().getLocation();
        return landing.getRawPath()
                + (landing.getRawQuery() == null ? "" : "?" + landing.getRawQuery())
                + (landing.getRawFragment() == null ? "" : "#" + landing.getRawFragment());
    }

    /** The provider's part: the person signs in there and is sent back with a code. Answers the callback path. */
    private static String provider(
            URI authorize, String issuer, String subject, @Nullable String email, String username) {
        var claims = new HashMap<String, Object>();
        claims.put("preferred_username", username);
        if (email != null) {
            claims.put("email", email);
            claims.put("email_verified", true);
        }
        return provider(
                authorize,
                new DefaultOAuth2TokenCallback(
                        issuer, subject, "JWT", List.of(TestOidc.CLIENT_ID), Map.copyOf(claims), 3600));
    }

    /**
     * Follows the provider's authorization endpoint. The claims are queued for the token request that redeems
     * the code, so they must be queued only when the app will redeem it.
     */
    private static String provider(URI authorize, @Nullable DefaultOAuth2TokenCallback claims) {
        if (claims != null) {
            TestOidc.server().enqueueCallback(claims);
        }
        try {
            HttpResponse<String> answer = PROVIDER_CLIENT.send(
                    HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
            return back.getRawPath() + "?" + back.getRawQuery();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException(name + " missing in " + uri);
    }
}
