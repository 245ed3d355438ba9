package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notifications in Chromium: an administrator offers a webhook platform on the administration page; a user
 * subscribes on the account page, sees the field error for a local URL, then the signing secret once, and deletes
 * the subscription again; then subscribes for one hunt, preselected by the link from a hunt's page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void anAdministratorOffersAPlatformAndAUserSubscribesThroughIt() {
        var admin = accounts.newAdmin().user();
        String name = "Hooks " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browsers.desktop();
        Browsers.logIn(page, admin);
        page.navigate("/admin");
        assertThat(page.locator("#platforms-title")).hasText("Notification platforms");
        page.locator("#platform-kind").selectOption("WEBHOOK");
        page.locator("#platform-name").fill("   ");
        page.locator("#platform-form button[type=submit]").click();
        assertThat(page.locator("#err-platform-name")).containsText("Name: must not be empty");
        page.locator("#platform-name").fill(name);
        page.locator("#platform-form button[type=submit]").click();
        assertThat(page.locator("#platform-list")).containsText(name + " · webhook · enabled · 0 subscriptions");
        assertThat(Browsers.seriousViolations(page)).as("admin page").isEmpty();
        page.navigate("/");
        page.locator("#logout").click();

        var user = accounts.register(Accounts.uniqueName("nora"));
        Browsers.logIn(page, user);
        page.navigate("/account");
        assertThat(page.locator("#notifications-card-title")).hasText("Notifications");
        assertThat(page.locator("#notification-subscriptions")).containsText("No subscriptions yet.");
        page.locator("#notification-platform").selectOption(new SelectOption().setLabel(name + " (webhook)"));
        page.locator("#notification-type").selectOption("ANNOUNCEMENT");
        page.locator("#notification-url").fill("https://127.0.0.1/hook");
        page.locator("#notification-form button[type=submit]").click();
        assertThat(page.locator("#err-notification-url")).containsText("Webhook URL: points at an address");
        assertThat(page.locator("#notification-url")).hasAttribute("aria-invalid", "true");

        page.locator("#notification-url").fill("https://93.184.216.34/hook");
        page.locator("#notification-form button[type=submit]").click();
        assertThat(page.locator("#status")).hasText("Subscribed.");
        assertThat(page.locator("#notifications-card .once code"))
                .hasText(java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}"));
        assertThat(page.locator("#notification-subscriptions li")).hasCount(1);
        assertThat(page.locator("#notification-subscriptions"))
                .containsText("Announcement · " + name + " · https://93.184.216.34/hook");
        assertThat(Browsers.seriousViolations(page)).as("account page").isEmpty();
        Browsers.screenshot(page, "account-notifications");

        page.locator("#notification-subscriptions button.danger").click();
        assertThat(page.locator("#notification-subscriptions")).containsText("No subscriptions yet.");

        // From a hunt's page: the hunt comes preselected and the subscription names it.
        var organiser = accounts.newUser();
        String huntName = "Night hunt " + UUID.randomUUID().toString().substring(0, 8);
        var hunt = organiser.post(
                "/api/v1/hunts",
                "{\"name\": \"%s\", \"startsAt\": \"%s\", \"endsAt\": \"%s\"}"
                        .formatted(
                                huntName,
                                Instant.now().plusSeconds(3600),
                                Instant.now().plusSeconds(7200)));
        assertThat(hunt.status()).as(hunt.body()).isEqualTo(201);
        page.navigate("/account?notifyHunt=" + hunt.json().get("id").asString());
        assertThat(page.locator("#notification-hunt option:checked")).hasText(huntName);
        page.locator("#notification-platform").selectOption(new SelectOption().setLabel(name + " (webhook)"));
        page.locator("#notification-type").selectOption("HUNT_STARTING");
        page.locator("#notification-url").fill("https://93.184.216.34/hunt-hook");
        page.locator("#notification-form button[type=submit]").click();
        assertThat(page.locator("#notification-subscriptions"))
                .containsText("A hunt is starting · " + name + " · " + huntName + " · https://93.184.216.34/hunt-hook");
    }
}
