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
 * A hunt in Chromium: a player creates a team, a teammate joins with the code on a phone, the first player solves a
 * puzzle on its page, and the teammate, on the team's puzzle list, sees it live (a toast, and the puzzle solved).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuntBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void aPlayerSolvesAPuzzleAndATeammateSeesItLive() {
        var organiser = accounts.newUser();
        String name = "Treasure hunt " + UUID.randomUUID().toString().substring(0, 8);
        var created = organiser.post("/api/v1/hunts", """
                {"name": "%s", "intro": "Find the <b>treasure</b>", "startsAt": "%s", "endsAt": "%s", "teamSize": 4}""".formatted(
                        name, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String hunt = created.json().get("id").asString();
        var uploaded = organiser.upload(
                "/api/v1/storage",
                "door.png",
                "image/png",
                io.quizhall.storage.TestFiles.png(9, 6),
                java.util.Map.of());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String door = uploaded.json().get("id").asString();
        var puzzle = organiser.post("/api/v1/hunts/" + hunt + "/manage/puzzles", """
                {"shortId": "C0DE", "position": 1, "name": "The first door", "answer": "Open Sesame",
                 "content": "What opens the <i>cave</i>?", "pictures": ["%s"]}""".formatted(door));
        assertThat(puzzle.status()).as(puzzle.body()).isEqualTo(201);
        var alice = accounts.register(Accounts.uniqueName("alice"));
        var bob = accounts.register(Accounts.uniqueName("bob"));

        Page desk = browsers.desktop();
        Browsers.logIn(desk, alice);
        desk.locator("#hunts-link").click();
        desk.getByText(name).click();
        desk.getByLabel("Team name").fill("Forty Thieves");
        assertThat(Browsers.seriousViolations(desk)).as("hunt page").isEmpty();
        desk.locator("#create-team button[type=submit]").click();
        assertThat(desk.locator("#team-code"))
                .hasText(java.util.regex.Pattern.compile("[2-79ACDEFGHJKMNPRSTUVWXYZ]{8}"));
        String code = desk.locator("#team-code").textContent();

        Page phone = browsers.phone();
        Browsers.logIn(phone, bob);
        phone.navigate("/hunts?hunt=" + hunt);
        phone.getByLabel("Join code").fill(code);
        phone.locator("#join-team button[type=submit]").click();
        assertThat(phone.locator("#members li")).hasCount(2);
        assertThat(phone.locator("#puzzles li[data-puzzle=C0DE]")).hasAttribute("data-state", "UNLOCKED");
        assertThat(phone.locator("body")).hasAttribute("data-live", "connected");

        desk.navigate("/hunts?hunt=" + hunt + "&puzzle=C0DE");
        assertThat(desk.locator("#puzzle-content")).containsText("What opens the cave?");
        // The team that unlocked the puzzle may load its picture (one that cannot load is removed from the page).
        assertThat(desk.locator("img[data-file='" + door + "']")).isVisible();
        desk.getByLabel("Answer").fill("open door");
        desk.locator("#answer-form button[type=submit]").click();
        assertThat(desk.locator("#submissions li")).hasCount(1);
        assertThat(Browsers.seriousViolations(desk)).as("puzzle page").isEmpty();
        desk.getByLabel("Answer").fill("open, sesame!");
        desk.locator("#answer-form button[type=submit]").click();
        assertThat(desk.locator("#result")).containsText("Correct!");
        assertThat(desk.locator("#solved")).hasText("Solved: Open Sesame");

        assertThat(phone.locator("#toasts .toast")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Forty Thieves solved The first door!")))
                .hasCount(1);
        assertThat(phone.locator("#puzzles li[data-puzzle=C0DE]")).hasAttribute("data-state", "SOLVED");
    }

    @Test
    void anOrganiserWritesAPuzzleWithAnUploadedPictureAndPdfInTheEditor() {
        var organiser = accounts.register(Accounts.uniqueName("organiser"));
        Page desk = browsers.desktop();
        Browsers.logIn(desk, organiser);
        var session = accounts.signIn(organiser);
        var created = session.post("/api/v1/hunts", """
                {"name": "Editor hunt", "startsAt": "%s", "endsAt": "%s", "teamSize": 2}""".formatted(
                        Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String hunt = created.json().get("id").asString();

        desk.navigate("/hunts?hunt=" + hunt + "&manage=puzzles");
        desk.locator("#new-puzzle").click();
        desk.locator("#puzzle-short-id").fill("ABC");
        desk.locator("#puzzle-name").fill("Pictures and papers");
        desk.locator("#puzzle-answer").fill("paper");
        desk.locator("#puzzle-picture-1-file")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "map.png", "image/png", io.quizhall.storage.TestFiles.png(12, 8)));
        assertThat(desk.locator("#puzzle-picture-1 img")).isVisible();
        assertThat(desk.locator("#puzzle-picture-2-file")).isVisible();
        desk.locator("#puzzle-pdf-file")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "clue.pdf", "application/pdf", io.quizhall.storage.TestPdfs.pages(1)));
        assertThat(desk.locator("#puzzle-pdf-link")).isVisible();
        assertThat(Browsers.seriousViolations(desk)).as("puzzle editor").isEmpty();
        desk.locator("#puzzle-form button[type=submit]").click();
        assertThat(desk.locator("#new-puzzle")).isVisible();

        var listed = session.get("/api/v1/hunts/" + hunt + "/manage/puzzles");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        var saved = listed.json()
                .valueStream()
                .filter(p -> p.get("shortId").asString().equals("ABC"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.get("pictures").size()).isEqualTo(1);
        assertThat(saved.get("pdf").isString()).isTrue();
    }
}
