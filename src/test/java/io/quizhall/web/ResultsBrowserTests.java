package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quizhall.results.GameResultService;
import io.quizhall.results.ResultFixtures;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A teacher opens a past game in Chromium, sees its charts, downloads the workbook, grades, renames and deletes. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    GameResultService results;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTeacherOpensAPastGameSeesTheChartsAndDownloadsTheWorkbook() throws Exception {
        var teacher = accounts.register(Accounts.uniqueName("grader"));
        var game =
                ResultFixtures.keep(results, jdbc, teacher.id(), "Solar system", Instant.parse("2026-03-02T09:00:00Z"));
        ResultFixtures.keep(results, jdbc, teacher.id(), "Fractions", Instant.parse("2026-03-03T09:00:00Z"));
        Page page = browsers.desktop();
        Browsers.logIn(page, teacher);

        page.locator("#past-games").click();
        assertThat(page.locator("#games tbody tr")).hasCount(2);
        page.getByLabel("Title contains").fill("solar");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();
        assertThat(page.locator("#games tbody tr")).hasCount(1);
        assertThat(Browsers.seriousViolations(page)).as("past games").isEmpty();
        page.locator("#games tr[data-game='" + game.gameId() + "'] a").click();

        assertThat(page.locator("#result-details")).isVisible();
        assertThat(page.locator("#standings tbody tr").first()).hasAttribute("data-nickname", "Ada");
        assertThat(page.locator("#standings")).containsText("Student number");
        assertThat(page.locator("#score-chart rect.chart-bar")).hasCount(3);
        assertThat(page.locator("#chart-0 rect.chart-bar")).hasCount(3);
        assertThat(page.locator("#chart-0 rect.chart-bar.right")).hasAttribute("data-value", "2");
        assertThat(page.locator("#chart-0")).hasAttribute("aria-label", Pattern.compile(".*Jupiter: 2.*"));
        assertThat(page.locator("#hardest li").first()).hasAttribute("data-question", "5");
        Browsers.screenshot(page, "results-report");
        assertThat(Browsers.seriousViolations(page)).as("one game").isEmpty();

        Download download =
                page.waitForDownload(() -> page.locator("#download-xlsx").click());
        try (InputStream in = Files.newInputStream(download.path());
                var workbook = new ReadableWorkbook(in)) {
            assertThat(workbook.getSheets().map(Sheet::getName)).startsWith("Summary", "Players", "Questions", "Q1");
        }

        page.locator("#standings a", new Page.LocatorOptions().setHasText("Cy")).click();
        assertThat(page.locator("#player-report h1")).hasText("Answers of Cy");
        assertThat(page.locator("#player-answers tbody tr")).hasCount(6);
        assertThat(page.locator("#player-answers tr[data-question='1']")).containsText("not answered");
        page.goBack();

        page.locator("#grading-link").click();
        assertThat(page.locator("#grading-table tr[data-nickname='Cy'] td").nth(2))
                .hasText("✓");
        assertThat(page.locator("#grading-table tr[data-nickname='Cy'] td").nth(3))
                .hasText("–");
        assertThat(page.locator("#grading")).not().containsText("4760");
        assertThat(Browsers.seriousViolations(page)).as("grading").isEmpty();
        page.goBack();

        page.locator("#edit-result").locator("xpath=..").locator("summary").click();
        page.locator("#edit-title").fill("Solar system 7b");
        page.locator("#edit-note").fill("Repeat Mars next week");
        page.locator("#edit-result button[type=submit]").click();
        assertThat(page.locator("#result-title")).hasText("Solar system 7b");
        page.onDialog(dialog -> dialog.accept());
        page.locator("#delete-result").click();
        page.waitForURL(Pattern.compile(".*/results\\?deleted=1$"));
        assertThat(page.locator("#status")).hasText("The game was deleted.");
        assertThat(page.locator("#games tbody tr")).hasCount(1);
        assertThat(page.locator("#games")).not().containsText("Solar system");
    }
}
