package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The classroom in Chromium: a projector at 1280×720 and 1920×1080 driven from the keyboard, phones that show the
 * answers only when they open, the host's pause, the confirmed end and the podium. Screenshots go to
 * docs/screenshots (docs/web-client.md shows them).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomBrowserTests extends BrowserTestSupport {

    private static final String LONG_QUESTION = "Which of these planets, all of them visited by spacecraft sent from"
            + " Earth during the last fifty years and photographed in great detail, is the <b>largest</b> one"
            + " of our solar system, measured by its diameter at the equator?";

    private static final String QUESTIONS = """
            [
              {"type": "ABCD", "question": "%s", "time": 60, "hideResults": false,
               "answers": [{"answer": "Jupiter", "right": true}, {"answer": "Mars", "right": false},
                           {"answer": "Venus", "right": false}]},
              {"type": "ABCD", "question": "Smallest planet?", "time": 60, "hideResults": false,
               "answers": [{"answer": "Mercury", "right": true}, {"answer": "Saturn", "right": false}]}
            ]""".formatted(LONG_QUESTION);

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    record Hosting(Page page, Accounts.User teacher, String gameId, String joinUrl) {}

    private Hosting host(Page host, String title, String getReady) {
        var teacher = accounts.register(Accounts.uniqueName("teacher"));
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(),
                teacher.id(),
                title,
                QUESTIONS);
        Browsers.logIn(host, teacher);
        host.locator("#game-options summary").click();
        host.locator("#get-ready").selectOption(getReady);
        assertThat(host.locator("#answers-on-phones")).not().isChecked();
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Host “" + title + "”"))
                .click();
        host.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        String gameId = host.url().substring(host.url().lastIndexOf('/') + 1);
        return new Hosting(host, teacher, gameId, host.locator("#join-url").textContent());
    }

    private Page join(Hosting game, String nickname) {
        Page player = browsers.phone();
        player.navigate(game.joinUrl());
        player.getByLabel("Nickname").fill(nickname);
        player.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                .click();
        assertThat(player.locator("#you-are-in")).isVisible();
        return player;
    }

    /** Keeps a screenshot in docs/screenshots as well as in target/screenshots. */
    private static void keep(Page page, String name) {
        Browsers.screenshot(page, name);
        try {
            Path docs = Path.of("docs", "screenshots");
            Files.createDirectories(docs);
            Files.copy(
                    Browsers.SCREENSHOTS.resolve(name + ".png"),
                    docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aClassPlaysOnAProjectorAt1280x720WithGetReadyPauseAndAConfirmedEnd() {
        var game = host(browsers.projector(1280, 720), "Planets for class 5b", "3");
        Page host = game.page();
        assertThat(host.locator("#sound")).hasAttribute("aria-pressed", "true");
        Page ada = join(game, "Ada");
        Page bob = join(game, "Bob");

        // The players' lobby: the quiz, their nickname, how many are in; sound is off on phones until turned on.
        assertThat(ada.locator("#lobby-quiz")).hasText("Planets for class 5b");
        assertThat(ada.locator("#lobby h1")).containsText("Ada");
        assertThat(ada.locator("#lobby-players")).hasText("2 players in the game");
        assertThat(ada.locator("#sound")).hasAttribute("aria-pressed", "false");
        ada.locator("#sound").click();
        assertThat(ada.locator("#sound")).hasAttribute("aria-pressed", "true");
        ada.reload();
        assertThat(ada.locator("#sound")).hasAttribute("aria-pressed", "true");
        assertThat(host.locator("#players li")).hasCount(2);
        assertThat(host.locator("#shortcuts")).containsText("P pause");
        // Extra time for a student who needs it: a toggle per player; the student's phone says so.
        Locator extra = host.locator("#players li", new Page.LocatorOptions().setHasText("Ada"))
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Give Ada 30 seconds extra on every question"));
        extra.click();
        assertThat(extra).hasAttribute("aria-pressed", "true");
        assertThat(ada.locator("#lobby-extra")).hasText("You have 30 seconds extra on every question.");
        keep(host, "classroom-host-lobby-1280x720");
        assertThat(Browsers.seriousViolations(host)).as("host lobby").isEmpty();
        assertThat(Browsers.seriousViolations(ada)).as("player lobby").isEmpty();

        // Space starts the game. The projector shows the question; phones show no answers until they open.
        // (Space on a focused button presses that button, as everywhere: focus the page's heading first.)
        host.locator(".lobby-title").click();
        host.keyboard().press("Space");
        assertThat(host.locator("#question[data-index='0']")).isVisible();
        assertThat(host.locator("#phase")).hasText("Get ready…");
        assertThat(host.locator("#tiles")).isHidden();
        assertThat(ada.locator("#get-ready[data-index='0']")).isVisible();
        assertThat(ada.locator("#question .choice")).hasCount(0);
        keep(ada, "classroom-player-get-ready");
        keep(host, "classroom-host-get-ready-1280x720");
        assertThat(Browsers.seriousViolations(ada)).as("get ready").isEmpty();

        // The answers open: shapes, colours and letters on the phones, the whole answers on the projector.
        assertThat(ada.locator("#question .choice")).hasCount(3);
        assertThat(host.locator("#tiles")).isVisible();
        assertThat(host.locator("#tiles li.shape-0")).containsText("Jupiter");
        assertThat(ada.locator("#question .choice").first()).hasAccessibleName(Pattern.compile("Answer A"));
        assertThat(ada.locator("#question .choice-text")).hasCount(0);
        // The long question shrank to fit its box on the projector.
        Locator text = host.locator(".question-box .question-text");
        assertThat((Boolean) text.evaluate("e => e.scrollHeight <= e.clientHeight + 1"))
                .isTrue();
        assertThat(((Number) text.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue())
                .isLessThan(3.6 * 16);
        assertThat(host.locator(".ring")).isVisible();
        assertThat(((Number) host.locator(".ring").evaluate("e => e.getBoundingClientRect().width")).doubleValue())
                .as("a fifth of the screen's height")
                .isGreaterThanOrEqualTo(0.19 * 720);
        keep(host, "classroom-host-question-1280x720");
        keep(ada, "classroom-player-shapes");
        assertThat(Browsers.seriousViolations(host)).as("host question").isEmpty();
        assertThat(Browsers.seriousViolations(ada)).as("player shapes").isEmpty();

        // P pauses for everyone (the server stops the clock), P again goes on.
        host.keyboard().press("p");
        assertThat(host.locator("#paused")).isVisible();
        assertThat(ada.locator("#paused")).isVisible();
        assertThat(ada.locator("#question .choice").first()).isDisabled();
        keep(host, "classroom-host-paused-1280x720");
        host.keyboard().press("p");
        assertThat(host.locator("#paused")).isHidden();
        assertThat(ada.locator("#question .choice").first()).isEnabled();

        ada.locator("#question .choice").nth(0).click();
        assertThat(host.locator("#answer-count")).hasText("1 of 2 answered");
        bob.locator("#question .choice").nth(1).click();
        assertThat(host.locator("#results[data-index='0'] #tallies li.correct")).containsText("Jupiter");
        assertThat(host.locator("#tallies li.correct")).hasClass(Pattern.compile("shape-0"));
        assertThat(host.locator("#tallies li.shape-1")).containsText("Mars");
        assertThat(ada.locator("#verdict")).hasText("Correct!");
        assertThat(bob.locator("#verdict")).hasText("Wrong");
        keep(host, "classroom-host-results-1280x720");
        assertThat(Browsers.seriousViolations(host)).as("host results").isEmpty();

        // Ending is apart from the next step and asks first.
        host.locator("#end-game").click();
        assertThat(host.locator("#end-dialog")).isVisible();
        host.locator("#cancel-end").click();
        assertThat(host.locator("#end-dialog")).isHidden();
        assertThat(host.locator("#results")).isVisible();
        host.keyboard().press("ArrowRight");
        assertThat(host.locator("#question[data-index='1']")).isVisible();
        assertThat(bob.locator("#get-ready[data-index='1']")).isVisible();
        host.locator("#end-game").click();
        host.locator("#confirm-end").click();
        assertThat(host.locator("#podium .podium li")).hasCount(2);
        assertThat(host.locator("#report")).hasAttribute("href", "/results?game=" + game.gameId());
        assertThat(ada.locator("#final-rank")).isVisible();
        keep(host, "classroom-host-podium-1280x720");
        assertThat(Browsers.seriousViolations(host)).as("podium").isEmpty();

        // What the screens showed is what the server recorded: Ada right, Bob wrong, on the first question only.
        var result = accounts.signIn(game.teacher()).get("/api/v1/results/" + game.gameId());
        assertThat(result.json().get("playerScores").get("Ada").asInt()).isBetween(500, 1000);
        assertThat(result.json().get("playerScores").get("Bob").asInt()).isZero();
        assertThat(result.json().get("answers").size()).isEqualTo(2);
        for (Page page : List.of(ada, bob)) {
            page.context().close();
        }
    }

    @Test
    void aProjectorAt1920x1080WithReducedMotionShowsTheWholeGameWithoutAnimation() {
        Page projector = browsers.projector(1920, 1080);
        projector.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        var game = host(projector, "Planets on the big screen", "0");
        Page host = game.page();
        Page cy = join(game, "Cy");
        assertThat(host.locator("#players li")).hasCount(1);
        keep(host, "classroom-host-lobby-1920x1080");
        host.locator("#start").click();
        assertThat(host.locator("#tiles")).isVisible();
        assertThat(cy.locator("#question .choice")).hasCount(3);
        keep(host, "classroom-host-question-1920x1080");
        cy.locator("#question .choice").first().click();
        assertThat(host.locator("#results #tallies li.correct")).containsText("Jupiter");
        keep(host, "classroom-host-results-1920x1080");
        host.locator("#show-leaderboard").click();
        assertThat(host.locator("#leaderboard")).containsText("Cy");
        host.locator("#next").click();
        assertThat(host.locator("#question[data-index='1']")).isVisible();
        host.locator("#close").click();
        assertThat(host.locator("#results[data-index='1']")).isVisible();
        host.locator("#end").click();
        assertThat(host.locator("#podium .podium li.first")).containsText("Cy");
        assertThat(host.locator("#podium .podium li.first").evaluate("e => getComputedStyle(e).animationName"))
                .isEqualTo("none");
        keep(host, "classroom-host-podium-1920x1080");
        assertThat(Browsers.seriousViolations(host)).as("podium at 1920×1080").isEmpty();
        cy.context().close();
    }

    @Test
    void aGameWithoutATimeLimitWaitsForEveryoneWithoutACountdown() {
        Page projector = browsers.projector(1280, 720);
        var teacher = accounts.register(Accounts.uniqueName("teacher"));
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(),
                teacher.id(),
                "Untimed planets",
                QUESTIONS);
        Browsers.logIn(projector, teacher);
        projector.locator("#game-options summary").click();
        projector.locator("#get-ready").selectOption("0");
        projector.getByLabel("Time limit").selectOption("none");
        projector
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Host “Untimed planets”"))
                .click();
        projector.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        var game = new Hosting(
                projector, teacher, null, projector.locator("#join-url").textContent());
        Page ada = join(game, "Ada");
        Page bob = join(game, "Bob");
        projector.locator("#start").click();
        assertThat(projector.locator("#question .ring-text")).hasText("∞");
        assertThat(projector.getByRole(AriaRole.TIMER)).hasAttribute("aria-label", "No time limit");
        assertThat(ada.locator(".timer-text")).hasText("No time limit");
        assertThat(Browsers.seriousViolations(ada))
                .as("untimed question on a phone")
                .isEmpty();
        ada.locator("#question .choice").first().click();
        // Longer than a countdown would show anything: the question is still open for Bob.
        projector.waitForTimeout(1500);
        assertThat(projector.locator("#question")).isVisible();
        assertThat(projector.locator("#answer-count")).containsText("1");
        bob.locator("#question .choice").nth(1).click();
        assertThat(projector.locator("#results #tallies li.correct")).containsText("Jupiter");
        assertThat(ada.locator("#result .points")).hasText("+1000 points");
        ada.context().close();
        bob.context().close();
    }

    @Test
    void threeTeamsPlayFromTheirOwnPhonesAndThePodiumIsByTeam() {
        var teacher = accounts.register(Accounts.uniqueName("teacher"));
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(),
                teacher.id(),
                "Team planets",
                QUESTIONS);
        Page host = browsers.projector(1280, 720);
        Browsers.logIn(host, teacher);
        host.locator("#game-options summary").click();
        host.locator("#get-ready").selectOption("0");
        host.locator("#team-play").check();
        host.locator("#team-names").fill("Red\nBlue\nGreen");
        host.locator("#team-assignment").selectOption("choose");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Host “Team planets”"))
                .click();
        host.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        String joinUrl = host.locator("#join-url").textContent();
        List<Page> phones = new java.util.ArrayList<>();
        String[][] players = {{"Ada", "Red"}, {"Bob", "Blue"}, {"Cy", "Green"}};
        for (String[] player : players) {
            Page phone = browsers.phone();
            phone.navigate(joinUrl);
            phone.getByLabel("Nickname").fill(player[0]);
            phone.getByLabel(player[1]).check();
            if (player[0].equals("Ada")) {
                keep(phone, "classroom-player-team-choice");
                assertThat(Browsers.seriousViolations(phone)).as("team choice").isEmpty();
            }
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                    .click();
            assertThat(phone.locator("#lobby-team")).hasText("Team: " + player[1]);
            phones.add(phone);
        }
        assertThat(host.locator("#players li")).hasCount(3);
        assertThat(host.locator("#players li .team-tag").first()).hasValue("0");
        // The host moves Cy to Blue and back: the phone follows each move.
        host.getByLabel("Team of Cy").selectOption("Blue");
        assertThat(phones.get(2).locator("#lobby-team")).hasText("Team: Blue");
        assertThat(host.getByLabel("Team of Cy")).hasValue("1");
        assertThat(Browsers.seriousViolations(host))
                .as("lobby with team pickers")
                .isEmpty();
        host.getByLabel("Team of Cy").selectOption("Green");
        assertThat(phones.get(2).locator("#lobby-team")).hasText("Team: Green");

        host.locator("#start").click();
        for (Page phone : phones) {
            assertThat(phone.locator("#question .choice")).hasCount(3);
        }
        phones.get(0).locator("#question .choice").nth(0).click();
        phones.get(1).locator("#question .choice").nth(1).click();
        phones.get(2).locator("#question .choice").nth(0).click();
        assertThat(host.locator("#results #team-standings li")).hasCount(3);
        assertThat(host.locator("#results #team-standings li").last()).hasAttribute("data-team", "Blue");
        assertThat(phones.get(1).locator("#team-result")).containsText("Team Blue: place 3");
        host.locator("#show-leaderboard").click();
        assertThat(host.locator("#team-board li")).hasCount(3);
        assertThat(host.locator("#team-board li").last()).containsText("Bob 0");
        keep(host, "classroom-host-teams-1280x720");
        assertThat(Browsers.seriousViolations(host)).as("team leaderboard").isEmpty();
        host.locator("#end-game").click();
        host.locator("#confirm-end").click();
        assertThat(host.locator("#podium .podium li")).hasCount(3);
        assertThat(host.locator("#podium .podium li.third")).containsText("Blue");
        assertThat(phones.get(0).locator("#final-team")).hasText(Pattern.compile("^Team Red finished #[12]$"));
        keep(host, "classroom-host-team-podium-1280x720");
        assertThat(Browsers.seriousViolations(host)).as("team podium").isEmpty();
        var result = accounts.signIn(teacher)
                .get("/api/v1/results/" + host.url().substring(host.url().lastIndexOf('/') + 1));
        assertThat(result.json().get("mode").asString()).isEqualTo("team");
        assertThat(result.json().get("teams").get(2).get("name").asString()).isEqualTo("Blue");
        phones.forEach(phone -> phone.context().close());
    }

    @Test
    void aGameInGermanOnTheProjectorAndInArabicRightToLeftOnThePhones() {
        var teacher = accounts.register(Accounts.uniqueName("teacher"));
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(),
                teacher.id(),
                "Planeten",
                QUESTIONS);
        Page host = browsers.projector(1280, 720);
        Browsers.logIn(host, teacher);
        // The switcher in the header bar: the page loads again in German, and stays German.
        host.locator("#language").selectOption("de");
        assertThat(host.locator("html")).hasAttribute("lang", "de");
        assertThat(host.locator("#game-options summary")).hasText("Spieloptionen");
        host.locator("#game-options summary").click();
        host.locator("#get-ready").selectOption("0");
        host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("„Planeten“ starten"))
                .click();
        host.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        assertThat(host.locator("#start")).hasText("Spiel starten");
        String joinUrl = host.locator("#join-url").textContent();

        // A phone whose browser prefers Arabic: right to left, Arabic texts, the server's refusal in Arabic too.
        Page ada = browsers.phone("ar");
        ada.navigate(joinUrl);
        assertThat(ada.locator("html")).hasAttribute("dir", "rtl");
        assertThat(ada.locator("label[for=nickname]")).hasText("الاسم المستعار");
        ada.locator("#nickname").fill("Ada");
        ada.locator("form button[type=submit]").click();
        assertThat(ada.locator("#you-are-in")).containsText("أنت معنا!");
        Page other = browsers.phone("ar");
        other.navigate(joinUrl);
        other.locator("#nickname").fill("ADA");
        other.locator("form button[type=submit]").click();
        assertThat(other.locator("#join-error")).hasText("هناك من يحمل هذا الاسم في اللعبة.");
        keep(other, "classroom-player-rtl-error");
        assertThat(Browsers.seriousViolations(ada)).as("Arabic lobby").isEmpty();

        host.locator("#start").click();
        assertThat(host.locator("#phase")).hasText("Jetzt antworten!");
        assertThat(ada.locator("#question .choice")).hasCount(3);
        assertThat(ada.locator("#question .question-text")).hasText("اقرأ الإجابات على الشاشة الكبيرة واختر هنا");
        keep(ada, "classroom-player-rtl-question");
        ada.locator("#question .choice").first().click();
        assertThat(ada.locator("#verdict")).hasText("صحيح!");
        assertThat(host.locator("#tallies li.correct")).containsText("Richtige Antwort");
        assertThat(host.locator("#next")).hasText("Nächste Frage");
        keep(host, "classroom-host-german-1280x720");
        assertThat(Browsers.seriousViolations(ada)).as("Arabic result").isEmpty();
        assertThat(Browsers.seriousViolations(host)).as("German results").isEmpty();
        ada.context().close();
        other.context().close();
    }
}
