package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hot seat in Chromium: a teacher hosts the default ladder as a live game from the ladder page, seats a
 * player, who uses the 50:50 on their phone and climbs a level while another phone plays along as the audience
 * and the projector shows the ladder.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotSeatBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Page join(String joinUrl, String nickname) {
        Page player = browsers.phone();
        player.navigate(joinUrl);
        player.getByLabel("Nickname").fill(nickname);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                .click();
        assertThat(player.locator("#you-are-in")).isVisible();
        return player;
    }

    /** The option the bank marks right for the question on the phone; the page cannot know it before the close. */
    private Locator rightChoice(Page phone) {
        String question = phone.locator("#question .question-text").textContent();
        String right = jdbc.queryForObject(
                "SELECT o.text FROM ladder_options o JOIN ladder_questions q ON q.id = o.question_id"
                        + " WHERE q.text = ? AND o.correct",
                String.class,
                question);
        return phone.locator("#question .choice", new Page.LocatorOptions().setHasText(right));
    }

    @Test
    void aTeacherHostsTheLadderAndTheSeatedPlayerClimbsWithTheRoomAsAudience() {
        var teacher = accounts.register(Accounts.uniqueName("teacher"));
        Page host = browsers.projector(1280, 720);
        Browsers.logIn(host, teacher);
        host.navigate(host.url().replaceAll("(https?://[^/]+).*", "$1") + "/ladder");
        if (host.locator("#ladder-choice").count() > 0) {
            host.locator("#ladder-choice").selectOption("classic");
        }
        host.locator("#fastest-finger").uncheck();
        host.locator("#host-hot-seat").click();
        host.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        assertThat(host.locator("#hot-seat-headline")).hasText("Who takes the hot seat?");
        assertThat(host.locator("#hot-seat-ladder li")).hasCount(15);
        String joinUrl = host.locator("#join-url").textContent();

        Page ada = join(joinUrl, "Ada");
        Page bob = join(joinUrl, "Bob");
        assertThat(host.locator("#players li")).hasCount(2);
        host.locator("#contestant-choice")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ada"));
        host.locator("#seat").click();
        assertThat(host.locator("#hot-seat-headline")).containsText("Ada is in the hot seat");
        assertThat(bob.locator("#hot-seat-headline")).containsText("Ada is in the hot seat");

        host.locator("#start").click();
        assertThat(ada.locator("#hot-seat-role")).hasText("You are in the hot seat: your answer decides.");
        assertThat(bob.locator("#hot-seat-role")).hasText("You are the audience: answer too, for points.");
        assertThat(bob.locator("#lifeline-fifty")).hasCount(0);
        assertThat(Browsers.seriousViolations(ada)).as("the contestant's phone").isEmpty();

        ada.locator("#lifeline-fifty").click();
        assertThat(ada.locator("#question .choice.removed")).hasCount(2);
        assertThat(ada.locator("#lifeline-fifty")).isDisabled();
        assertThat(host.locator("#question .tile.removed")).hasCount(2);
        assertThat(rightChoice(ada)).isEnabled();
        Browsers.screenshot(host, "hot-seat-projector");

        rightChoice(bob).click();
        rightChoice(ada).click();
        assertThat(ada.locator("#hot-seat-headline")).containsText("Ada is in the hot seat with 100");
        assertThat(host.locator("#hot-seat-ladder li.won")).hasCount(1);
        assertThat(host.locator("#next")).isVisible();
        assertThat(host.locator("#skip")).hasCount(0);
        Browsers.screenshot(ada, "hot-seat-phone");
    }
}
