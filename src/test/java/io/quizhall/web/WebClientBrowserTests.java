package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The web client in Chromium: a teacher hosts from the browser, players join and play from phones. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebClientBrowserTests extends BrowserTestSupport {

    /** ABCD, CHECK, RANGE and TEXT, in this order; long enough that only answers or the host close them. */
    private static final String QUESTIONS = """
            [
              {"type": "ABCD", "question": "Largest <b>planet</b>?", "time": 120, "hideResults": false,
               "answers": [{"answer": "Jupiter", "right": true}, {"answer": "Mars", "right": false},
                           {"answer": "Venus", "right": false}]},
              {"type": "CHECK", "question": "Prime numbers?", "time": 120, "hideResults": false,
               "answers": [{"answer": "2", "right": true}, {"answer": "4", "right": false},
                           {"answer": "7", "right": true}]},
              {"type": "RANGE", "question": "Year the Wall fell?", "time": 120, "hideResults": false,
               "answers": {"min": 1900, "max": 2000, "minCorrect": 1988, "maxCorrect": 1990}},
              {"type": "TEXT", "question": "Symbol of gold?", "time": 120, "hideResults": false,
               "answers": [{"answer": "Au", "caseSensitive": true}, {"answer": "gold", "caseSensitive": false}]}
            ]""";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    record Hosting(Page page, Accounts.User teacher, String gameId, String pin, String joinUrl) {}

    /** A teacher logs in through the landing page and hosts the quiz from "my quizzes". */
    private Hosting hostThroughTheBrowser(String title) {
        return hostThroughTheBrowser(title, QUESTIONS, null);
    }

    private Hosting hostThroughTheBrowser(String title, String questions, String customField) {
        var teacher = accounts.register(Accounts.uniqueName("teacher"));
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(),
                teacher.id(),
                title,
                questions);
        Page host = browsers.desktop();
        logIn(host, teacher);
        assertThat(host.locator("#quizzes")).containsText(title);
        // These tests answer at once and read the answers on the phones: no get-ready phase, answers on phones.
        host.locator("#game-options summary").click();
        host.locator("#get-ready").selectOption("0");
        host.locator("#answers-on-phones").check();
        if (customField != null) {
            host.getByLabel("Ask each player for").fill(customField);
        }
        host.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Host “" + title + "”"))
                .click();
        host.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        assertThat(host.locator("#pin")).hasText(Pattern.compile("^\\d{3} \\d{3}$"));
        String gameId = host.url().substring(host.url().lastIndexOf('/') + 1);
        String pin = host.locator("#pin").textContent().replace(" ", "");
        String joinUrl = host.locator("#join-url").textContent();
        assertThat(joinUrl).isEqualTo("http://localhost:" + port + "/play?pin=" + pin);
        return new Hosting(host, teacher, gameId, pin, joinUrl);
    }

    private static void logIn(Page page, Accounts.User user) {
        Browsers.logIn(page, user);
    }

    private static Locator field(Page page, String path) {
        return Browsers.field(page, path);
    }

    private Page joinThroughTheJoinUrl(Hosting game, String nickname) {
        Page player = browsers.phone();
        player.navigate(game.joinUrl());
        player.getByLabel("Nickname").fill(nickname);
        player.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                .click();
        assertThat(player.locator("#lobby")).containsText(nickname);
        return player;
    }

    private static Locator choice(Page player, String text) {
        return player.locator("#question .choice")
                .filter(new Locator.FilterOptions()
                        .setHas(player.locator(
                                ".choice-text",
                                new Page.LocatorOptions().setHasText(Pattern.compile("^" + text + "$")))));
    }

    private static void send(Page player) {
        player.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Send answer"))
                .click();
    }

    private static void awaitQuestion(Page page, int index) {
        assertThat(page.locator("#question[data-index='" + index + "']")).isVisible();
    }

    private static void awaitResult(Page player, int index, String verdict) {
        assertThat(player.locator("#result[data-question='" + index + "'] #verdict"))
                .hasText(verdict);
    }

    @Test
    void threePlayersPlayAWholeGameAndTheBrowsersShowTheStoredResult() {
        var game = hostThroughTheBrowser("Browser quiz");
        Page host = game.page();
        Page ada = joinThroughTheJoinUrl(game, "Ada");
        Page bob = joinThroughTheJoinUrl(game, "Bob");
        Page cy = joinThroughTheJoinUrl(game, "Cy");
        assertThat(host.locator("#players li")).hasCount(3);
        assertThat(host.locator("#players")).containsText("Cy");
        // The lobby's QR code reads back as the join URL it shows.
        assertThat(host.locator("#qr")).hasAttribute("alt", "QR code for " + game.joinUrl());
        assertThat(host.locator("#qr")).isVisible();
        assertThat(Browsers.loaded(host.locator("#qr"))).isTrue();
        assertThat(readQrCode(host.request()
                        .get(host.locator("#qr").getAttribute("src"))
                        .body()))
                .isEqualTo(game.joinUrl());
        Browsers.screenshot(host, "host-lobby");

        // ABCD: tap an option.
        host.locator("#start").click();
        awaitQuestion(host, 0);
        for (Page player : List.of(ada, bob, cy)) {
            awaitQuestion(player, 0);
        }
        Browsers.screenshot(ada, "player-question-abcd");
        Browsers.screenshot(host, "host-question");
        choice(ada, "Jupiter").click();
        assertThat(host.locator("#answer-count")).hasText("1 of 3 answered");
        choice(bob, "Mars").click();
        choice(cy, "Jupiter").click();
        awaitResult(ada, 0, "Correct!");
        awaitResult(bob, 0, "Wrong");
        awaitResult(cy, 0, "Correct!");
        assertThat(host.locator("#results[data-index='0'] #tallies li.correct")).containsText("Jupiter");
        assertThat(host.locator("#results[data-index='0'] #tallies li.correct")).containsText("Correct answer");
        Browsers.screenshot(host, "host-results");
        assertThat(Browsers.seriousViolations(host)).as("host results").isEmpty();
        Browsers.screenshot(ada, "player-result");

        // CHECK: several options, then send.
        host.locator("#next").click();
        awaitQuestion(ada, 1);
        awaitQuestion(bob, 1);
        awaitQuestion(cy, 1);
        Browsers.screenshot(ada, "player-question-check");
        choice(ada, "2").click();
        choice(ada, "7").click();
        send(ada);
        choice(bob, "2").click();
        send(bob);
        choice(cy, "7").click();
        send(cy);
        awaitResult(ada, 1, "Correct!");
        awaitResult(bob, 1, "Wrong");
        awaitResult(cy, 1, "Wrong");

        // RANGE: a number.
        host.locator("#next").click();
        awaitQuestion(ada, 2);
        awaitQuestion(bob, 2);
        awaitQuestion(cy, 2);
        Browsers.screenshot(ada, "player-question-range");
        ada.locator("#range-number").fill("1989");
        send(ada);
        bob.locator("#range-number").fill("1995");
        send(bob);
        cy.locator("#range-number").fill("1990");
        send(cy);
        awaitResult(ada, 2, "Correct!");
        awaitResult(bob, 2, "Wrong");
        awaitResult(cy, 2, "Correct!");

        // TEXT: typed.
        host.locator("#next").click();
        awaitQuestion(ada, 3);
        awaitQuestion(bob, 3);
        awaitQuestion(cy, 3);
        ada.locator("#text-answer").fill("Au");
        send(ada);
        bob.locator("#text-answer").fill("Ag");
        send(bob);
        cy.locator("#text-answer").fill("  GOLD ");
        send(cy);
        awaitResult(ada, 3, "Correct!");
        awaitResult(bob, 3, "Wrong");
        awaitResult(cy, 3, "Correct!");

        host.locator("#show-leaderboard").click();
        assertThat(ada.locator("#leaderboard li")).hasCount(3);
        host.locator("#end").click();
        assertThat(host.locator("#podium .podium li")).hasCount(3);
        for (Page player : List.of(ada, bob, cy)) {
            assertThat(player.locator("#final-rank")).isVisible();
        }
        Browsers.screenshot(host, "host-podium");
        assertThat(Browsers.seriousViolations(host)).as("podium").isEmpty();
        assertThat(Browsers.seriousViolations(ada)).as("final standing").isEmpty();
        Browsers.screenshot(ada, "player-final");

        // What the browsers show is what the server stored.
        var result = accounts.signIn(game.teacher()).get("/api/v1/results/" + game.gameId());
        assertThat(result.status()).isEqualTo(200);
        JsonNode scores = result.json().get("playerScores");
        Map<String, Integer> stored = new HashMap<>();
        for (String nickname : List.of("Ada", "Bob", "Cy")) {
            stored.put(nickname, scores.get(nickname).asInt());
        }
        assertThat(stored.get("Bob")).isZero();
        assertThat(stored.get("Ada")).isGreaterThan(stored.get("Cy")).isGreaterThan(0);
        Map<String, Page> players = Map.of("Ada", ada, "Bob", bob, "Cy", cy);
        players.forEach((nickname, page) -> {
            int score = stored.get(nickname);
            long rank =
                    1 + stored.values().stream().filter(other -> other > score).count();
            assertThat(page.locator("#final-rank")).hasAttribute("data-score", String.valueOf(score));
            assertThat(page.locator("#final-rank")).hasAttribute("data-rank", String.valueOf(rank));
            assertThat(page.locator("#score")).hasText(String.valueOf(score));
        });
        List<String> shown = new ArrayList<>();
        for (Locator entry : host.locator("#standings li").all()) {
            shown.add(entry.getAttribute("data-nickname") + "=" + entry.getAttribute("data-score"));
        }
        assertThat(shown)
                .containsExactly("Ada=" + stored.get("Ada"), "Cy=" + stored.get("Cy"), "Bob=" + stored.get("Bob"));
        assertThat(host.locator("#podium .podium li.first")).containsText("Ada");

        // Past games: the list and this game's standings and per-question numbers, as the server recorded them.
        host.getByText("Back to my quizzes").click();
        host.locator("#past-games").click();
        Locator listed = host.locator("#games tr[data-game='" + game.gameId() + "']");
        assertThat(listed).containsText("Browser quiz");
        assertThat(listed.locator("td").nth(2)).hasText("3");
        assertThat(Browsers.seriousViolations(host)).as("past games").isEmpty();
        listed.locator("a").click();
        assertThat(host.locator("#result-details")).isVisible();
        List<String> standings = new ArrayList<>();
        for (Locator row : host.locator("#standings tbody tr").all()) {
            standings.add(row.getAttribute("data-nickname") + "=" + row.getAttribute("data-score") + "#"
                    + row.getAttribute("data-rank"));
        }
        assertThat(standings)
                .containsExactly("Ada=" + stored.get("Ada") + "#1", "Cy=" + stored.get("Cy") + "#2", "Bob=0#3");
        JsonNode answers = result.json().get("answers");
        for (int question = 0; question < 4; question++) {
            int index = question;
            long answered = answers.valueStream()
                    .filter(answer -> answer.get("question").asInt() == index)
                    .count();
            long right = answers.valueStream()
                    .filter(answer -> answer.get("question").asInt() == index
                            && answer.get("right").asBoolean())
                    .count();
            Locator stats = host.locator("#question-stats li[data-question='" + index + "']");
            assertThat(stats).hasAttribute("data-answered", String.valueOf(answered));
            assertThat(stats).hasAttribute("data-right", String.valueOf(right));
            assertThat(stats.locator(".stat")).containsText(answered + " of 3 answered");
        }
        // Bob's TEXT answer is shown as he typed it (escaped), with the count of each answer.
        assertThat(host.locator("#answers-3")).containsText("Ag");
        assertThat(host.locator("#answers-0 tr.correct")).containsText("Jupiter");
        assertThat(host.locator("#answers-0 tr.correct td").nth(1)).hasText("2");
        Browsers.screenshot(host, "results-details");
        assertThat(Browsers.seriousViolations(host)).as("result details").isEmpty();
    }

    private static String readQrCode(byte[] png) {
        return io.quizhall.support.QrCodes.read(png);
    }

    @Test
    void theHostSkipsAQuestionAndSeesTheResultsAgainAfterAReload() {
        var game = hostThroughTheBrowser("Skip quiz");
        Page host = game.page();
        Page ada = joinThroughTheJoinUrl(game, "Ada");
        Page bob = joinThroughTheJoinUrl(game, "Bob");
        host.locator("#start").click();
        awaitQuestion(ada, 0);
        awaitQuestion(bob, 0);
        choice(ada, "Jupiter").click();
        choice(bob, "Venus").click();
        awaitResult(ada, 0, "Correct!");
        assertThat(host.locator("#results[data-index='0'] #tallies li")).hasCount(3);

        // A reload brings back the question, its tallies and the right answer, as the server has them.
        host.reload();
        Locator tallies = host.locator("#results[data-index='0'] #tallies");
        assertThat(tallies.locator("li")).hasCount(3);
        assertThat(tallies.locator("li.correct")).containsText("Jupiter");
        assertThat(host.locator("#results h1")).hasText("Largest planet?");
        JsonNode stored = accounts.signIn(game.teacher())
                .get("/api/v1/games/" + game.gameId() + "/questions/0/results")
                .json();
        for (JsonNode choice : stored.at("/question/choices")) {
            int count =
                    stored.at("/results/tallies/" + choice.get("id").asInt()).asInt();
            assertThat(tallies.locator(
                                    "li",
                                    new Locator.LocatorOptions()
                                            .setHasText(choice.get("answer").asString()))
                            .locator(".count"))
                    .hasText(String.valueOf(count));
        }
        assertThat(host.locator("#results")).containsText("2 of 2 answered");

        // Skip the CHECK question: nothing is shown to players, the server moves on, Next opens the RANGE one.
        host.locator("#skip").click();
        assertThat(host.locator("#skipped h1")).hasText("Question 2 of 4 skipped");
        JsonNode view = accounts.signIn(game.teacher())
                .get("/api/v1/games/" + game.gameId())
                .json();
        assertThat(view.get("currentQuestion").asInt()).isEqualTo(1);
        assertThat(view.get("status").asString()).isEqualTo("QUESTION_CLOSED");
        assertThat(ada.locator("#result[data-question='0']")).isVisible();
        host.locator("#next").click();
        awaitQuestion(ada, 2);
        awaitQuestion(host, 2);
        assertThat(ada.locator("#question")).containsText("Year the Wall fell?");
    }

    @Test
    void aPlayerWhoReloadsMidQuestionIsStillInTheGameWithTheSameScore() {
        var game = hostThroughTheBrowser("Reload quiz");
        Page host = game.page();
        Page ada = joinThroughTheJoinUrl(game, "Ada");
        host.locator("#start").click();
        awaitQuestion(ada, 0);
        choice(ada, "Jupiter").click();
        awaitResult(ada, 0, "Correct!");
        String score = ada.locator("#score").textContent();
        assertThat(Integer.parseInt(score)).isBetween(500, 1000);

        host.locator("#next").click();
        awaitQuestion(ada, 1);
        ada.reload();
        awaitQuestion(ada, 1);
        assertThat(ada.locator("#score")).hasText(score);
        assertThat(ada.locator(".bar .me")).hasText("Ada");
        // The host reloads too and is back at the open question.
        host.reload();
        assertThat(host.locator("#question[data-index='1']")).isVisible();
        assertThat(host.locator("#answer-count")).hasText("0 of 1 answered");
        choice(ada, "2").click();
        choice(ada, "7").click();
        send(ada);
        awaitResult(ada, 1, "Correct!");
        assertThat(Integer.parseInt(ada.locator("#score").textContent())).isGreaterThan(Integer.parseInt(score));
        assertThat(host.locator("#results[data-index='1'] #tallies li.correct")).hasCount(2);

        // A reload between questions shows the waiting screen, still with the score.
        String total = ada.locator("#score").textContent();
        ada.reload();
        assertThat(ada.locator("#waiting")).isVisible();
        assertThat(ada.locator("#score")).hasText(total);
    }

    /** A phone whose WebSocket frames pass through {@code rewrite}, which may change a frame or drop it (null). */
    private Page phoneWithFrames(java.util.function.BiFunction<String, WebSocketRoute[], String> rewrite) {
        Page phone = browsers.phone();
        phone.routeWebSocket(Pattern.compile(".*/ws$"), ws -> {
            WebSocketRoute server = ws.connectToServer();
            WebSocketRoute[] both = {ws, server};
            ws.onMessage(frame -> {
                if (frame.text() == null) {
                    server.send(frame.binary());
                    return;
                }
                String text = rewrite.apply(frame.text(), both);
                if (text != null) {
                    server.send(text);
                }
            });
        });
        return phone;
    }

    private static void join(Page player, Hosting game, String nickname) {
        player.navigate(game.joinUrl());
        player.getByLabel("Nickname").fill(nickname);
        player.keyboard().press("Enter");
        assertThat(player.locator("#lobby")).containsText(nickname);
    }

    private static boolean isFirstAnswer(String frame, AtomicBoolean seen) {
        return frame.startsWith("SEND") && frame.contains("/answer\n") && seen.compareAndSet(false, true);
    }

    @Test
    void aRefusedOrLostAnswerIsSaidAndCanBeSentAgain() {
        var game = hostThroughTheBrowser("Refusal quiz");
        Page host = game.page();
        // Ada's first answer reaches the server naming a question the game does not have: invalid_answer.
        var garbled = new AtomicBoolean();
        Page ada = phoneWithFrames((frame, sockets) ->
                isFirstAnswer(frame, garbled) ? frame.replace("\"question\":0,", "\"question\":9,") : frame);
        // Cy's first answer is lost with the connection.
        var dropped = new AtomicBoolean();
        Page cy = phoneWithFrames((frame, sockets) -> {
            if (isFirstAnswer(frame, dropped)) {
                sockets[1].close();
                sockets[0].close();
                return null;
            }
            return frame;
        });
        join(ada, game, "Ada");
        Page bob = joinThroughTheJoinUrl(game, "Bob");
        join(cy, game, "Cy");
        host.locator("#start").click();
        awaitQuestion(ada, 0);
        awaitQuestion(bob, 0);
        awaitQuestion(cy, 0);

        choice(ada, "Jupiter").click();
        assertThat(ada.locator("#question[data-index='0'] #answer-error"))
                .containsText("Your answer was not accepted (This game has no question 9.)");
        assertThat(host.locator("#answer-count")).hasText("0 of 3 answered");
        choice(ada, "Jupiter").click();
        assertThat(ada.locator("#sent")).isVisible();
        assertThat(host.locator("#answer-count")).hasText("1 of 3 answered");

        // Bob has the game open twice (a second window with his token); his second answer is refused, and that
        // window says he already answered.
        Page bobAgain = browsers.phoneWithStorageOf(bob);
        bobAgain.navigate("/play");
        awaitQuestion(bobAgain, 0);
        choice(bob, "Mars").click();
        assertThat(host.locator("#answer-count")).hasText("2 of 3 answered");
        choice(bobAgain, "Venus").click();
        assertThat(bobAgain.locator("#sent #answer-note")).containsText("You have already answered this question");
        assertThat(host.locator("#answer-count")).hasText("2 of 3 answered");

        choice(cy, "Venus").click();
        assertThat(cy.locator("#question[data-index='0'] #answer-error"))
                .hasText("Your answer did not arrive. Please answer again.");
        assertThat(host.locator("#answer-count")).hasText("2 of 3 answered");
        choice(cy, "Venus").click();

        awaitResult(ada, 0, "Correct!");
        awaitResult(cy, 0, "Wrong");
        // Both of Bob's windows get his result.
        for (Page window : List.of(bob, bobAgain)) {
            assertThat(window.locator("#result #verdict")).hasText("Wrong");
            assertThat(window.locator("#score")).hasText("0");
        }
        for (String option : List.of("Jupiter", "Mars", "Venus")) {
            assertThat(host.locator("#tallies li", new Page.LocatorOptions().setHasText(option))
                            .locator(".count"))
                    .hasText("1");
        }
        // Ending before the last question asks first.
        host.locator("#end-game").click();
        host.locator("#confirm-end").click();
        assertThat(ada.locator("#final-rank")).isVisible();
        JsonNode answers = accounts.signIn(game.teacher())
                .get("/api/v1/results/" + game.gameId())
                .json()
                .get("answers");
        Map<String, String> recorded = new HashMap<>();
        answers.forEach(answer -> recorded.put(
                answer.get("username").asString(), answer.get("answer").asString()));
        assertThat(recorded).isEqualTo(Map.of("Ada", "Jupiter", "Bob", "Mars", "Cy", "Venus"));
    }

    @Test
    void theJoinLobbyAndQuestionPagesHaveNoSeriousAccessibilityViolations() {
        var game = hostThroughTheBrowser("Accessible quiz");
        Page player = browsers.phone();
        player.navigate("/play");
        assertThat(player.locator("#pin")).isVisible();
        assertThat(Browsers.seriousViolations(player)).as("PIN page").isEmpty();
        Browsers.screenshot(player, "player-join");

        player.locator("#pin").fill(game.pin());
        player.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(player.getByLabel("Nickname")).isVisible();
        assertThat(Browsers.seriousViolations(player)).as("nickname page").isEmpty();
        player.getByLabel("Nickname").fill("Ada");
        player.keyboard().press("Enter");
        assertThat(player.locator("#lobby")).isVisible();
        assertThat(Browsers.seriousViolations(player)).as("lobby").isEmpty();
        assertThat(Browsers.seriousViolations(game.page())).as("host lobby").isEmpty();

        game.page().locator("#start").click();
        awaitQuestion(player, 0);
        assertThat(Browsers.seriousViolations(player)).as("ABCD question").isEmpty();
        assertThat(Browsers.seriousViolations(game.page())).as("host question").isEmpty();
        // Keyboard only: tab to the first option and press Enter.
        choice(player, "Jupiter").focus();
        player.keyboard().press("Enter");
        awaitResult(player, 0, "Correct!");
        assertThat(Browsers.seriousViolations(player)).as("result").isEmpty();

        game.page().locator("#next").click();
        awaitQuestion(player, 1);
        assertThat(Browsers.seriousViolations(player)).as("CHECK question").isEmpty();
    }

    @Test
    void theEditorShowsTheServersValidationErrorsNextToTheirFields() {
        // Registered through the page; the test profile sends a verification email first.
        String name = Accounts.uniqueName("author");
        Page page = browsers.desktop();
        page.navigate("/");
        assertThat(page.locator("#register-form")).isVisible();
        assertThat(Browsers.seriousViolations(page)).as("landing page").isEmpty();
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(name + "@example.org");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.locator("#new-password").fill(name);
        page.locator("#register-form button[type=submit]").click();
        // The server's error sits at the password input, in words, without the body's member name.
        assertThat(page.locator("[id='err-new-password']")).containsText("must not be your username or email");
        assertThat(page.locator("#new-password")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#register-error")).hasText("Please fix the marked fields.");
        assertThat(page.locator("#register-form")).not().containsText("password:");
        assertThat(Browsers.seriousViolations(page))
                .as("register form with an error")
                .isEmpty();
        page.locator("#new-password").fill(Accounts.PASSWORD);
        page.locator("#register-form button[type=submit]").click();
        assertThat(page.locator("#login-error")).containsText("Account created");
        String token = accounts.verificationToken(name + "@example.org");
        assertThat(accounts.anonymous()
                        .get("/api/v1/auth/verify-email?token=" + token)
                        .status())
                .isEqualTo(200);
        logIn(page, new Accounts.User(null, name, name + "@example.org", Accounts.PASSWORD));
        page.locator("a[href='/edit']").click();
        page.waitForURL(Pattern.compile(".*/edit$"));
        field(page, "title").fill("Capitals");
        field(page, "questions[0].question").fill("Capital of France?");
        field(page, "questions[0].time").fill("2");
        field(page, "questions[0].answers[0].answer").fill("Paris");
        page.locator("#add-question").click();
        field(page, "questions[1].type").selectOption("ORDER");
        field(page, "questions[1].question").fill("North to south");
        field(page, "questions[1].answers[0].answer").fill("Lille");
        field(page, "questions[1].answers[1].answer").fill("Marseille");
        page.locator("#add-question").click();
        field(page, "questions[2].type").selectOption("RANGE");
        field(page, "questions[2].question").fill("How many departments?");
        field(page, "questions[2].answers.minCorrect").fill("120");
        page.locator("#save").click();

        assertThat(field(page, "err-questions[0].answers[1].answer")).not().isEmpty();
        assertThat(field(page, "questions[0].answers[1].answer")).hasAttribute("aria-invalid", "true");
        assertThat(field(page, "err-questions[0].time")).containsText("600");
        assertThat(field(page, "err-questions[0].answers[0].answer")).isEmpty();
        assertThat(field(page, "err-form")).hasText("Please fix the marked fields.");
        // The right answer above the largest allowed number is the field out of place, named by the labels shown.
        assertThat(field(page, "err-questions[2].answers.minCorrect"))
                .hasText("must be between “Lowest allowed number” and “Highest allowed number”");
        assertThat(field(page, "questions[2].answers.minCorrect")).hasAttribute("aria-invalid", "true");
        assertThat(field(page, "err-questions[2].answers.maxCorrect")).isEmpty();
        assertThat(page.getByLabel("Highest allowed number")).hasValue("100");
        assertThat(Browsers.seriousViolations(page)).as("editor with errors").isEmpty();
        Browsers.screenshot(page, "editor-errors");

        field(page, "questions[0].answers[1].answer").fill("Lyon");
        field(page, "questions[0].time").fill("20");
        field(page, "questions[2].answers.minCorrect").fill("90");
        field(page, "questions[2].answers.maxCorrect").fill("101");
        page.locator("#save").click();
        assertThat(field(page, "err-questions[2].answers.maxCorrect"))
                .hasText("must be between “Lowest allowed number” and “Highest allowed number”");
        assertThat(field(page, "err-questions[2].answers.minCorrect")).isEmpty();
        field(page, "questions[2].answers.maxCorrect").fill("96");
        page.locator("#save").click();
        assertThat(page.locator("#status")).hasText("Saved.");
        assertThat(field(page, "err-questions[0].time")).isEmpty();
        page.navigate("/");
        assertThat(page.locator("#quizzes")).containsText("Capitals");
        assertThat(Browsers.seriousViolations(page)).as("my quizzes").isEmpty();
    }

    private static final String OTHER_KINDS = """
            [
              {"type": "VOTING", "question": "Next topic?", "time": 120, "hideResults": false,
               "answers": [{"answer": "Space"}, {"answer": "Oceans"}]},
              {"type": "ORDER", "question": "Smallest first", "time": 120, "hideResults": false,
               "answers": [{"answer": "Atom"}, {"answer": "Cell"}, {"answer": "Planet"}]},
              {"type": "SLIDE", "question": "Break time", "time": 120, "hideResults": true}
            ]""";

    @Test
    void aPlayerVotesOrdersWithButtonsSeesASlideAndGivesTheCustomField() {
        var game = hostThroughTheBrowser("Other kinds", OTHER_KINDS, "Class");
        Page host = game.page();
        Page ada = browsers.phone();
        ada.navigate(game.joinUrl());
        ada.getByLabel("Nickname").fill("Ada");
        ada.getByLabel("Class").fill("5b");
        ada.keyboard().press("Enter");
        assertThat(ada.locator("#lobby")).isVisible();
        assertThat(host.locator("#players")).containsText("Ada");
        assertThat(host.locator("#players")).containsText("5b");

        // The host removes a second player, whose phone says so and forgets the game.
        Page bob = browsers.phone();
        bob.navigate(game.joinUrl());
        bob.getByLabel("Nickname").fill("Bob");
        bob.getByLabel("Class").fill("5a");
        bob.keyboard().press("Enter");
        assertThat(bob.locator("#lobby")).isVisible();
        host.getByLabel("Remove Bob").click();
        assertThat(bob.locator("h1")).hasText("The host removed you from this game.");
        assertThat(host.locator("#players li")).hasCount(1);
        assertThat((Object) bob.evaluate("localStorage.getItem('quizhall.player')"))
                .isNull();

        // A locked game turns newcomers away at the PIN.
        host.locator("#lobby").getByText("Lock the game").click();
        assertThat(host.locator("#lobby")).containsText("Locked: nobody can join.");
        Page late = browsers.phone();
        late.navigate(game.joinUrl());
        assertThat(late.locator("#pin-error")).hasText("The host has locked this game.");
        host.locator("#lobby").getByText("Unlock the game").click();
        assertThat(host.locator("#lobby")).not().containsText("Locked");

        host.locator("#start").click();
        awaitQuestion(ada, 0);
        choice(ada, "Oceans").click();
        awaitResult(ada, 0, "Vote counted");
        assertThat(host.locator("#results[data-index='0'] #tallies li")).hasCount(2);

        host.locator("#next").click();
        awaitQuestion(ada, 1);
        Browsers.screenshot(ada, "player-question-order");
        List<String> wanted = List.of("Atom", "Cell", "Planet");
        for (int target = 0; target < wanted.size(); target++) {
            String item = wanted.get(target);
            List<String> now = ada.locator("#question .order-item .choice-text").allTextContents();
            for (int at = now.indexOf(item); at > target; at--) {
                ada.getByLabel("Move “" + item + "” up").click();
            }
        }
        assertThat(ada.locator("#question .order-item .choice-text")).hasText(wanted.toArray(String[]::new));
        send(ada);
        awaitResult(ada, 1, "Correct!");

        host.locator("#next").click();
        awaitQuestion(ada, 2);
        assertThat(ada.locator("#question")).containsText("Look at the host’s screen");
        host.locator("#close").click();
        assertThat(ada.locator("#waiting")).isVisible();
        host.locator("#end").click();
        assertThat(ada.locator("#final-rank")).hasText("You finished #1 of 1");
        assertThat(host.locator("#standings li")).hasCount(1);
    }
}
