package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The community in Chromium: a teacher searches Explore, opens a public quiz of someone else's, likes it and hosts
 * it; a moderator hides it from the queue; an administrator finds its author; the author's profile lists it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTeacherSearchesOpensLikesAndHostsAPublicQuiz() {
        var author = accounts.newUser();
        String word =
                "Glaciology" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        UUID quiz = publish(author, word + " basics", "Ice that moves");
        var teacher = accounts.register(Accounts.uniqueName("explorer"));
        Page page = browsers.desktop();
        Browsers.logIn(page, teacher);

        page.locator("#explore-link").click();
        page.waitForURL(Pattern.compile(".*/explore$"));
        page.getByLabel("Search public quizzes").fill(word.toLowerCase().substring(0, 12));
        var card = page.locator("#results li[data-quiz='" + quiz + "']");
        assertThat(card).isVisible();
        assertThat(card.locator("a.title mark")).hasText(word);
        assertThat(page.locator("#results li")).hasCount(1);
        assertThat(Browsers.seriousViolations(page)).as("explore").isEmpty();
        Browsers.screenshot(page, "community-explore");

        card.locator("a.title").click();
        page.waitForURL(Pattern.compile(".*/q/" + quiz + "$"));
        assertThat(page.locator("#public-quiz h1")).hasText(word + " basics");
        assertThat(page.locator("#author")).hasText("by " + author.user().username());
        assertThat(page.locator("#questions li[data-right]")).hasCount(0);
        page.locator("#like").click();
        assertThat(page.locator("#like")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#like")).hasText("Like (1)");
        assertThat(Browsers.seriousViolations(page)).as("public quiz").isEmpty();
        Browsers.screenshot(page, "community-quiz");
        Integer likes = jdbc.queryForObject("SELECT likes FROM quiz WHERE id = ?", Integer.class, quiz);
        assertThat(likes).isEqualTo(1);

        page.locator("#host").click();
        page.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        assertThat(page.locator("#join-url")).isVisible();

        // The author organises an event: the "Organiser" trophy shows on the profile.
        var start = java.time.Instant.now()
                .plus(3, java.time.temporal.ChronoUnit.DAYS)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        String event = author.post(
                        "/api/v1/events", """
                        {"title": "Glacier walk", "capacity": 5, "sessions": [{"startsAt": "%s", "endsAt": "%s"}]}""".formatted(start, start.plus(1, java.time.temporal.ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        author.post("/api/v1/events/" + event + "/publish", "{}");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> author.get("/api/v1/trophies/mine").body().contains("Organiser"));
        page.navigate("/u/" + author.user().username());
        assertThat(page.locator("#profile h1")).hasText(author.user().username());
        assertThat(page.locator("#profile-quizzes li[data-quiz='" + quiz + "']"))
                .isVisible();
        assertThat(page.locator("#profile-trophies")).containsText("Organiser");
        assertThat(Browsers.seriousViolations(page)).as("profile").isEmpty();
    }

    @Test
    void aModeratorHidesAReportedQuizAndAnAdministratorFindsItsAuthor() {
        var author = accounts.newUser();
        var reporter = accounts.newUser();
        UUID quiz = publish(author, "Reported " + UUID.randomUUID().toString().substring(0, 6), "Rude");
        reporter.post("/api/v1/community/quizzes/" + quiz + "/reports", "{\"reason\": \"INAPPROPRIATE\"}");
        accounts.newModerator();
        Page page = browsers.desktop();
        Browsers.logIn(page, new Accounts.User(null, "qh-moderator", "qh-moderator@example.org", Accounts.PASSWORD));

        page.locator("#moderation-link").click();
        var row = page.locator("#reports tr[data-quiz='" + quiz + "']").first();
        assertThat(row).isVisible();
        assertThat(Browsers.seriousViolations(page)).as("moderation").isEmpty();
        Browsers.screenshot(page, "community-moderation");
        row.locator("input").fill("Insults");
        row.locator("[data-action=hide]").click();
        assertThat(page.locator("#status")).hasText("The quiz is hidden.");
        row = page.locator("#reports tr[data-quiz='" + quiz + "']").first();
        row.locator("[data-action=resolve]").click();
        assertThat(page.locator("#status")).hasText("Report resolved.");
        assertThat(page.locator("#actions")).containsText("hid a quiz");
        assertThat(accounts.anonymous().get("/api/v1/community/quizzes/" + quiz).status())
                .isEqualTo(404);

        accounts.newAdmin();
        Page admin = browsers.desktop();
        Browsers.logIn(admin, new Accounts.User(null, "qh-admin", "qh-admin@example.org", Accounts.PASSWORD));
        admin.locator("#admin-link").click();
        admin.getByLabel("Find accounts by username or email")
                .fill(author.user().username());
        admin.keyboard().press("Enter");
        var user = admin.locator("#user-table tr[data-user='" + author.user().id() + "']");
        assertThat(user).isVisible();
        assertThat(Browsers.seriousViolations(admin)).as("administration").isEmpty();
        user.locator("[data-action=grant]").click();
        assertThat(admin.locator("#status")).hasText(author.user().username() + " is now a moderator.");
        Browsers.screenshot(admin, "community-admin");
    }

    private static UUID publish(Session author, String title, String description) {
        var created = author.post("/api/v1/quizzes", """
                {"title": "%s", "description": "%s", "questions": [
                  {"type": "ABCD", "question": "Which ice moves?", "time": 20, "image": null, "hideResults": false,
                   "answers": [{"answer": "A glacier", "right": true, "color": null},
                               {"answer": "An ice cube", "right": false, "color": null}]}]}""".formatted(title, description));
        UUID id = UUID.fromString(created.json().get("id").asString());
        author.post("/api/v1/quizzes/" + id + "/publish", "");
        return id;
    }
}
