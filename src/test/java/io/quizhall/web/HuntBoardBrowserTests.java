package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Announcements and the leaderboard in Chromium: an organiser posts an announcement on their page and it appears
 * live on a player's hunt page; the leaderboard page shows the teams in order.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuntBoardBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void anAnnouncementAppearsLiveOnAPlayersPageAndTheBoardShowsTheTeamsInOrder() {
        var organiser = accounts.register(Accounts.uniqueName("organiser"));
        var organiserApi = accounts.signIn(organiser);
        String name = "Board hunt " + UUID.randomUUID().toString().substring(0, 8);
        var created = organiserApi.post("/api/v1/hunts", """
                {"name": "%s", "startsAt": "%s", "endsAt": "%s", "teamSize": 2}""".formatted(
                        name, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String hunt = created.json().get("id").asString();
        for (String shortId : new String[] {"A01", "A02"}) {
            var puzzle =
                    organiserApi.post("/api/v1/hunts/" + hunt + "/manage/puzzles", """
                    {"shortId": "%s", "position": 1, "name": "Door %s", "answer": "open", "content": "Knock"}""".formatted(shortId, shortId));
            assertThat(puzzle.status()).as(puzzle.body()).isEqualTo(201);
        }
        var alice = accounts.register(Accounts.uniqueName("alice"));
        var aliceApi = accounts.signIn(alice);
        assertThat(aliceApi.post("/api/v1/hunts/" + hunt + "/teams", "{\"name\": \"Slow Snails\"}")
                        .status())
                .isEqualTo(201);
        var bobApi = accounts.newUser();
        assertThat(bobApi.post("/api/v1/hunts/" + hunt + "/teams", "{\"name\": \"Quick Hares\"}")
                        .status())
                .isEqualTo(201);
        var carolApi = accounts.newUser();
        assertThat(carolApi.post("/api/v1/hunts/" + hunt + "/teams", "{\"name\": \"Middle Mice\"}")
                        .status())
                .isEqualTo(201);
        for (String shortId : new String[] {"A01", "A02"}) {
            assertThat(bobApi.post(
                                    "/api/v1/hunts/" + hunt + "/puzzles/" + shortId + "/submissions",
                                    "{\"answer\": \"open\"}")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(carolApi.post("/api/v1/hunts/" + hunt + "/puzzles/A01/submissions", "{\"answer\": \"open\"}")
                        .status())
                .isEqualTo(200);

        Page phone = browsers.phone();
        Browsers.logIn(phone, alice);
        phone.navigate("/hunts?hunt=" + hunt);
        assertThat(phone.locator("body")).hasAttribute("data-live", "connected");

        Page desk = browsers.desktop();
        Browsers.logIn(desk, organiser);
        desk.navigate("/hunts?hunt=" + hunt + "&manage=announcements");
        desk.getByLabel("Text").fill("The café opens at <b>noon</b>");
        assertThat(Browsers.seriousViolations(desk)).as("announcements page").isEmpty();
        desk.locator("#announcement-form button[type=submit]").click();
        assertThat(desk.locator("#all-announcements li")).hasCount(1);

        assertThat(phone.locator("#toasts .toast.announcement")).containsText("The café opens at noon");
        assertThat(phone.locator("#announcements-list li")).hasCount(1);
        assertThat(phone.locator("#announcements-list li b")).hasText("noon");

        phone.navigate("/hunts?hunt=" + hunt + "&board");
        var rows = phone.locator("table.leaderboard tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0).locator("th.name")).hasText("Quick Hares");
        assertThat(rows.nth(1).locator("th.name")).hasText("Middle Mice");
        assertThat(rows.nth(2).locator("th.name")).hasText("Slow Snails");
        assertThat(rows.nth(2).locator("td.rank")).hasText("3");
        assertThat(Browsers.seriousViolations(phone)).as("leaderboard").isEmpty();

        desk.navigate("/hunts?hunt=" + hunt + "&manage=ranking");
        assertThat(desk.locator("#ranking-rules li")).hasCount(4);
        assertThat(Browsers.seriousViolations(desk)).as("ranking settings").isEmpty();
    }
}
