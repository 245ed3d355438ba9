package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hints in Chromium: a player reveals a canned hint and asks the staff a question on the puzzle's hint page, an
 * organiser claims and answers it in the staff queue, and the player sees the answer arrive live.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuntHintBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void aPlayerRevealsAHintAndAsksOneThatAnOrganiserAnswers() {
        var organiserUser = accounts.register(Accounts.uniqueName("staff"));
        var organiser = accounts.signIn(organiserUser);
        var created = organiser.post("/api/v1/hunts", """
                {"name": "Hint hunt", "startsAt": "%s", "endsAt": "%s", "teamSize": 2}""".formatted(
                        Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String hunt = created.json().get("id").asString();
        String base = "/api/v1/hunts/" + hunt;
        assertThat(organiser.post(base + "/manage/puzzles", """
                        {"shortId": "B0A7", "position": 1, "name": "The boat", "answer": "oar",
                         "content": "Row, row, row"}""").status()).isEqualTo(201);
        assertThat(organiser
                        .put(base + "/manage/rules", "{\"source\": \"PB0A7 <= +0:00\\n3 HINTS <= +0:00\"}")
                        .status())
                .isEqualTo(200);
        assertThat(organiser
                        .put(base + "/manage/puzzles/B0A7/hints", "{\"hints\": [\"Think of <b>rowing</b>.\"]}")
                        .status())
                .isEqualTo(200);
        var playerUser = accounts.register(Accounts.uniqueName("rower"));
        var player = accounts.signIn(playerUser);
        assertThat(player.post(base + "/teams", "{\"name\": \"Rowers\"}").status())
                .isEqualTo(201);

        Page phone = browsers.phone();
        Browsers.logIn(phone, playerUser);
        phone.navigate("/hunts?hunt=" + hunt + "&puzzle=B0A7");
        phone.locator("#hints-link").click();
        assertThat(phone.locator("#hint-pools")).containsText("3");
        phone.locator("#reveal-hint").click();
        assertThat(phone.locator("#canned-hints li")).hasCount(1);
        assertThat(phone.locator("#canned-hints li b")).hasText("rowing");
        phone.getByLabel("Your question (costs one hint)").fill("Is it part of the boat?");
        phone.locator("#hint-request-form button[type=submit]").click();
        assertThat(phone.locator("#hint-requests li[data-status=UNCLAIMED]")).hasCount(1);
        assertThat(phone.locator("#hint-pools")).containsText("1");
        assertThat(phone.locator("body")).hasAttribute("data-live", "connected");
        assertThat(Browsers.seriousViolations(phone)).as("hint page").isEmpty();

        Page desk = browsers.desktop();
        Browsers.logIn(desk, organiserUser);
        desk.navigate("/hunts?hunt=" + hunt);
        desk.locator("#manage-hints").click();
        var request = desk.locator("#hint-queue li[data-status=UNCLAIMED]");
        assertThat(request).containsText("Is it part of the boat?");
        assertThat(Browsers.seriousViolations(desk)).as("staff hint page").isEmpty();
        request.locator("button.claim").click();
        var claimed = desk.locator("#hint-queue li[data-status=CLAIMED]");
        assertThat(claimed).containsText(organiserUser.username());
        claimed.locator("textarea.hint-answer").fill("Yes: you hold it in your hands.");
        claimed.locator("button[type=submit]").click();
        assertThat(desk.locator("#hint-queue li[data-status=ANSWERED]")).hasCount(1);

        var answered = phone.locator("#hint-requests li[data-status=ANSWERED]");
        assertThat(answered).containsText("Yes: you hold it in your hands.");
        assertThat(phone.locator("#toasts .toast")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Your hint request on The boat was answered")))
                .hasCount(1);
    }
}
