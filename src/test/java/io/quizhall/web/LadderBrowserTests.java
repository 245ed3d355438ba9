package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole solo ladder run in Chromium: start from the home page, use lifelines (50:50, the audience poll), reload
 * mid-run and come back to the same question, climb all fifteen levels, then see the leaderboard and history.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LadderBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** The right option of the question on screen; the page itself never knows it before answering. */
    private String rightOption(Page page) {
        String question = page.locator("#run").getAttribute("data-question");
        return jdbc.queryForObject(
                        "SELECT id FROM ladder_options WHERE question_id = ? AND correct",
                        UUID.class,
                        UUID.fromString(question))
                .toString();
    }

    private void answerRight(Page page, int level) {
        assertThat(page.locator("#run")).hasAttribute("data-level", String.valueOf(level));
        page.locator("#run button.choice[data-option='" + rightOption(page) + "']")
                .click();
    }

    @Test
    void aPlayerClimbsTheWholeLadderWithLifelinesAndAReload() {
        var player = accounts.register(Accounts.uniqueName("climber"));
        Page page = browsers.desktop();
        Browsers.logIn(page, player);
        page.locator("#ladder-link").click();
        assertThat(page.locator("h1")).hasText("Millionaire ladder");
        assertThat(Browsers.seriousViolations(page)).as("ladder start").isEmpty();

        page.locator("#start-run").click();
        assertThat(page.locator("#run")).hasAttribute("data-level", "1");
        assertThat(page.locator("#prize-ladder li")).hasCount(15);
        assertThat(page.locator("#prize-ladder li.current")).hasAttribute("data-level", "1");
        assertThat(page.locator("#prize-ladder li.safe")).hasCount(2);
        assertThat(page.locator(".timer-text")).containsText("s");
        assertThat(Browsers.seriousViolations(page)).as("a question").isEmpty();
        Browsers.screenshot(page, "ladder-question");
        answerRight(page, 1);

        // The audience poll as bars that add up to 100.
        assertThat(page.locator("#run")).hasAttribute("data-level", "2");
        page.locator("#lifeline-audience").click();
        assertThat(page.locator("#poll .bars li")).not().hasCount(0);
        int sum = 0;
        for (String percent : page.locator("#poll .bars li")
                .evaluateAll("items => items.map(i => i.dataset.percent)")
                .toString()
                .replaceAll("[\\[\\] ]", "")
                .split(",")) {
            sum += Integer.parseInt(percent);
        }
        assertThat(sum).isEqualTo(100);
        assertThat(page.locator("#poll-note")).isVisible();
        assertThat(page.locator("#lifeline-audience")).isDisabled();
        assertThat(Browsers.seriousViolations(page)).as("the poll").isEmpty();
        Browsers.screenshot(page, "ladder-audience");
        answerRight(page, 2);

        // A reload comes back to the same question of the same run.
        assertThat(page.locator("#run")).hasAttribute("data-level", "3");
        String question = page.locator("#run").getAttribute("data-question");
        page.reload();
        assertThat(page.locator("#run")).hasAttribute("data-question", question);

        for (int level = 3; level <= 15; level++) {
            if (page.locator("#run button.choice").count() == 4
                    && !page.locator("#lifeline-fifty-fifty").isDisabled()) {
                page.locator("#lifeline-fifty-fifty").click();
                assertThat(page.locator("#run button.choice")).hasCount(2);
            }
            answerRight(page, level);
        }

        assertThat(page.locator("#run-result")).hasAttribute("data-status", "WON");
        assertThat(page.locator("#run-result h1")).containsText("1,000,000");
        assertThat(Browsers.seriousViolations(page)).as("the result").isEmpty();
        Browsers.screenshot(page, "ladder-won");

        page.locator("#to-boards").click();
        assertThat(page.locator("#board-table")).containsText(player.username());
        assertThat(page.locator("#history-table tbody tr")).hasCount(1);
        assertThat(page.locator("#history-table")).containsText("Won");
        page.locator("#board-week").click();
        assertThat(page.locator("#board-week")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#board-table")).containsText(player.username());
        assertThat(Browsers.seriousViolations(page)).as("leaderboards").isEmpty();
    }

    @Test
    void aWrongAnswerShowsTheRightOneAndTheSafePrize() {
        var player = accounts.register(Accounts.uniqueName("slipper"));
        Page page = browsers.phone();
        Browsers.logIn(page, player);
        page.navigate("/ladder");
        page.locator("#start-run").click();
        answerRight(page, 1);
        assertThat(page.locator("#run")).hasAttribute("data-level", "2");
        String right = rightOption(page);
        String rightText = page.locator("#run button.choice[data-option='" + right + "'] .choice-text")
                .textContent();
        page.locator("#run button.choice:not([data-option='" + right + "'])")
                .first()
                .click();

        assertThat(page.locator("#run-result")).hasAttribute("data-status", "WRONG");
        assertThat(page.locator("#right-was")).containsText(rightText);
        assertThat(page.locator("#final-prize")).containsText("0");
        assertThat(Browsers.seriousViolations(page)).as("a lost run on a phone").isEmpty();
    }

    @Test
    void aPlayerProposesAQuestionAndAModeratorApprovesIt() {
        var author = accounts.register(Accounts.uniqueName("author"));
        Page page = browsers.desktop();
        Browsers.logIn(page, author);
        page.navigate("/ladder");
        page.locator("#propose summary").click();
        String text = "Which gas do green plants give off in photosynthesis? " + UUID.randomUUID();
        page.locator("#propose-text").fill(text);
        page.locator("#propose-right").fill("Oxygen");
        page.locator("#propose-wrong-1").fill("Helium");
        page.locator("#propose-wrong-2").fill("Helium");
        page.locator("#propose-wrong-3").fill("Neon");
        page.locator("#propose-category").selectOption("science");
        page.locator("#propose-form button[type=submit]").click();
        assertThat(page.locator("#propose-error")).containsText("wrongOptions");
        page.locator("#propose-wrong-2").fill("Argon");
        page.locator("#propose-form button[type=submit]").click();
        assertThat(page.locator("#status")).hasText("Thank you. A moderator will review your question.");
        assertThat(page.locator("#review")).hasCount(0);
        assertThat(Browsers.seriousViolations(page)).as("the proposal form").isEmpty();

        Page moderator = browsers.desktop();
        Browsers.logIn(moderator, accounts.newAdmin().user());
        moderator.navigate("/ladder");
        var item = moderator.locator("#pending > li", new Page.LocatorOptions().setHasText(text));
        assertThat(item).containsText("Oxygen ✓");
        assertThat(Browsers.seriousViolations(moderator)).as("the review list").isEmpty();
        item.locator("select").selectOption("MEDIUM");
        item.locator("[data-action=approve]").click();
        assertThat(moderator.locator("#status")).hasText("The question was approved.");
        assertThat(moderator.locator("#pending > li", new Page.LocatorOptions().setHasText(text)))
                .hasCount(0);
        assertThat(jdbc.queryForObject(
                        "SELECT status || ' ' || difficulty FROM ladder_questions WHERE text = ?", String.class, text))
                .isEqualTo("APPROVED MEDIUM");
    }
}
