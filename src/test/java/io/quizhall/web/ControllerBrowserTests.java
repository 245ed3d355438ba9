package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quizhall.game.GameFixtures;
import io.quizhall.quiz.Question;
import io.quizhall.remote.SimulatedController;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The teacher's controllers page in Chromium: a device (simulated through its documented REST protocol) shows a
 * setup code, the teacher adds it, sees it come online, sets the firmware it should run, and revokes it; the
 * host screen tags it and names it for questions its buttons cannot answer.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControllerBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The host screen with a controller among the players: tagged in the lobby, and for a question its buttons
     * cannot answer, "not available on this controller" with its name; an ABCD question shows no such note.
     */
    @Test
    void theHostScreenSaysWhichQuestionsAControllerCannotAnswer() {
        var teacher = accounts.register(Accounts.uniqueName("chemist"));
        GameFixtures.quiz(
                jdbc,
                teacher.id(),
                List.of(
                        new Question.Abcd(
                                "Largest planet?",
                                60,
                                null,
                                false,
                                List.of(
                                        new Question.Choice("Jupiter", true, null),
                                        new Question.Choice("Mars", false, null))),
                        new Question.Text(
                                "Symbol of gold?", 60, null, false, List.of(new Question.TextAnswer("Au", false)))));
        var device = new SimulatedController("http://localhost:" + port);
        JsonNode setup = device.post("/api/v1/devices/setup", "{}").json();
        var added = accounts.signIn(teacher)
                .post(
                        "/api/v1/controllers",
                        "{\"setupCode\": \"%s\", \"name\": \"Desk 9\", \"playerName\": \"Red Box\"}"
                                .formatted(setup.get("setupCode").asString()));
        assertThat(added.status()).isEqualTo(201);
        device.secret(device.post(
                        "/api/v1/devices/setup/collect",
                        "{\"setupToken\": \"%s\"}"
                                .formatted(setup.get("setupToken").asString()))
                .json()
                .get("secret")
                .asString());

        Page host = browsers.projector(1280, 720);
        Browsers.logIn(host, teacher);
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Host “Live quiz”"))
                .click();
        host.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        String pin = host.locator("#pin").textContent().replace(" ", "");
        var joined = device.post("/api/v1/devices/join", "{\"pin\": \"%s\"}".formatted(pin));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(host.locator("#players li")).containsText("Red Box");
        assertThat(host.locator("#players li .badge")).hasText("controller");

        host.locator("#start").click();
        assertThat(host.locator("#question[data-index='0']")).isVisible();
        assertThat(host.locator("#controller-note")).hasCount(0);
        host.locator("#close").click();
        assertThat(host.locator("#results[data-index='0']")).isVisible();
        host.locator("#next").click();
        assertThat(host.locator("#question[data-index='1']")).isVisible();
        assertThat(host.locator("#controller-note")).hasText("Not available on this controller: Red Box");
        assertThat(Browsers.seriousViolations(host))
                .as("host screen with a controller note")
                .isEmpty();
        Browsers.screenshot(host, "host-controller-note");
    }

    @Test
    void aTeacherAddsAControllerBySetupCodeSeesItOnlineChangesItAndRevokesIt() {
        var teacher = accounts.register(Accounts.uniqueName("physicist"));
        Page page = browsers.desktop();
        Browsers.logIn(page, teacher);
        page.locator("#my-controllers").click();
        page.waitForURL(Pattern.compile(".*/controllers$"));
        assertThat(page.locator("#no-controllers")).isVisible();

        var device = new SimulatedController("http://localhost:" + port);
        JsonNode setup = device.post("/api/v1/devices/setup", "{\"firmwareVersion\": \"1.0.0\"}")
                .json();
        String code = setup.get("setupCode").asString();

        // A code no device shows: the server's answer, next to the form.
        page.getByLabel("Setup code").fill("2345678923");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Desk 4");
        page.getByLabel("Player name in games").fill("Blue Box");
        page.locator("#add-submit").click();
        assertThat(page.locator("#add-error")).containsText("No controller is waiting with this setup code");

        // An invalid player name: the error at its field, named by its label.
        page.getByLabel("Setup code").fill(code);
        page.getByLabel("Player name in games").fill("\u200b");
        page.locator("#add-submit").click();
        assertThat(page.locator("#err-player-name")).containsText("Player name in games");
        assertThat(page.getByLabel("Player name in games")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Player name in games").fill("Blue Box");
        page.locator("#add-submit").click();
        Locator item = page.locator("#controllers li").first();
        assertThat(item).containsText("Desk 4");
        assertThat(item).containsText("Plays as “Blue Box”");
        assertThat(item.locator(".badge")).hasText("Offline");
        assertThat(item).containsText("Not seen yet");
        assertThat(page.locator("#status")).containsText("Controller “Desk 4” added");

        // The device collects its secret and pings: online after a refresh.
        var collected = device.post(
                "/api/v1/devices/setup/collect",
                "{\"setupToken\": \"%s\"}".formatted(setup.get("setupToken").asString()));
        assertThat(collected.status()).isEqualTo(200);
        device.secret(collected.json().get("secret").asString());
        assertThat(device.post("/api/v1/devices/ping", "{\"firmwareVersion\": \"1.0.0\"}")
                        .status())
                .isEqualTo(200);
        page.locator("#refresh").click();
        assertThat(item.locator(".badge")).hasText("Online");
        assertThat(item).containsText("Firmware 1.0.0");
        assertThat(Browsers.seriousViolations(page)).as("my controllers").isEmpty();
        Browsers.screenshot(page, "controllers");

        // Change: a new name and the firmware it should run.
        item.locator("[data-action=edit]").click();
        Locator dialog = page.locator("#edit-dialog");
        assertThat(dialog).isVisible();
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill("Window desk");
        dialog.getByLabel("Wanted firmware version").fill("1.1.0");
        assertThat(Browsers.seriousViolations(page)).as("change dialog").isEmpty();
        page.locator("#edit-save").click();
        assertThat(dialog).isHidden();
        assertThat(item).containsText("Window desk");
        assertThat(item).containsText("wanted: 1.1.0");
        assertThat(item.locator("[data-action=edit]")).isFocused();
        JsonNode ping = device.post("/api/v1/devices/ping", "{\"firmwareVersion\": \"1.0.0\"}")
                .json();
        assertThat(ping.get("updateWanted").asBoolean()).isTrue();
        assertThat(ping.get("name").asString()).isEqualTo("Window desk");

        // Revoke, after a confirmation whose Cancel has the focus.
        item.locator("[data-action=revoke]").click();
        assertThat(page.locator("#confirm-revoke-no")).isFocused();
        page.locator("#confirm-revoke-yes").click();
        assertThat(item.locator(".badge")).hasText("Revoked");
        assertThat(item.locator("[data-action=edit]")).hasCount(0);
        assertThat(page.locator("#status")).containsText("Controller “Window desk” revoked");
        assertThat(device.post("/api/v1/devices/ping", "{}").status()).isEqualTo(403);
    }
}
