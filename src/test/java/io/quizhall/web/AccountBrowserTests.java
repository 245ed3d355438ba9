package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account page in Chromium with its virtual authenticator (DevTools {@code WebAuthn.addVirtualAuthenticator}):
 * a teacher adds a passkey from the account page, signs out, and signs in again with the passkey alone.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void aTeacherAddsAPasskeyOnTheAccountPageAndSignsInWithIt() {
        var teacher = accounts.register(Accounts.uniqueName("ada"));
        Page page = browsers.desktop();
        CDPSession devtools = page.context().newCDPSession(page);
        devtools.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var authenticator = new JsonObject();
        authenticator.add("options", options);
        devtools.send("WebAuthn.addVirtualAuthenticator", authenticator);

        Browsers.logIn(page, teacher);
        page.locator("#account-link").click();
        assertThat(page.locator("h1")).hasText("My account");
        assertThat(page.locator("#passkeys")).containsText("No passkeys yet.");
        page.getByLabel("Name of the new passkey").fill("Laptop");
        page.locator("#add-passkey").click();
        assertThat(page.locator("#status")).hasText("Passkey added.");
        assertThat(page.locator("#passkeys li")).hasCount(1);
        assertThat(page.locator("#passkeys")).containsText("Laptop");
        assertThat(page.locator("#passkeys")).containsText("last used never");
        assertThat(page.locator("#sessions")).containsText("This device");
        assertThat(Browsers.seriousViolations(page)).as("account page").isEmpty();
        Browsers.screenshot(page, "account");

        page.navigate("/");
        page.locator("#logout").click();
        assertThat(page.locator("#passkey-sign-in")).isVisible();
        page.locator("#passkey-sign-in").click();
        assertThat(page.locator("#account")).containsText("Signed in as " + teacher.username());

        page.navigate("/account");
        assertThat(page.locator("#passkeys")).containsText("Laptop");
        assertThat(page.locator("#passkeys")).not().containsText("last used never");
        assertThat(page.url()).endsWith("/account");
    }
}
