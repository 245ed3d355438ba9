package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.quizhall.web.Browsers.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The teacher's pages in Chromium: pictures and formatting in the editor, and what "my quizzes" can do. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebClientTeacherBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Accounts accounts;

    private static FilePayload picture(String name, Color colour) {
        return new FilePayload(name, "image/png", Browsers.png(80, 60, colour));
    }

    @Test
    void theEditorUploadsPicturesWithAltTextAndFormatsTextAndPlayersSeeThePictures() {
        var teacher = accounts.register(Accounts.uniqueName("painter"));
        var rest = accounts.signIn(teacher);
        Page page = browsers.desktop();
        Browsers.logIn(page, teacher);
        page.locator("a[href='/edit']").click();
        page.waitForURL(Pattern.compile(".*/edit$"));
        field(page, "title").fill("Planets");

        // Bold from the button, around the selected word; italic with Ctrl+I.
        Locator question = field(page, "questions[0].question");
        question.fill("Which planet is the largest?");
        question.evaluate("text => text.setSelectionRange(20, 27)");
        page.locator("[id='format-b-questions[0].question']").click();
        assertThat(question).hasValue("Which planet is the <b>largest</b>?");
        Locator jupiter = field(page, "questions[0].answers[0].answer");
        jupiter.fill("Jupiter");
        jupiter.selectText();
        jupiter.press("Control+i");
        assertThat(jupiter).hasValue("<i>Jupiter</i>");
        field(page, "questions[0].answers[1].answer").fill("Mars");

        // A cover and a question picture, each described; a second question's picture is removed again.
        field(page, "coverImage").setInputFiles(picture("cover.png", Color.ORANGE));
        assertThat(page.locator("[id='thumb-coverImage']")).isVisible();
        field(page, "coverImage.alt").fill("An orange sky");
        field(page, "coverImage.alt").press("Tab");
        assertThat(page.locator("#status")).hasText("Picture description saved.");
        assertThat(page.locator("[id='thumb-coverImage']")).hasAttribute("alt", "An orange sky");
        field(page, "questions[0].image").setInputFiles(picture("jupiter.png", Color.BLUE));
        assertThat(page.locator("[id='thumb-questions[0].image']")).isVisible();
        field(page, "questions[0].image.alt").fill("Jupiter with its great red spot");
        field(page, "questions[0].image.alt").press("Tab");
        assertThat(page.locator("#status")).hasText("Picture description saved.");
        page.locator("#add-question").click();
        field(page, "questions[1].question").fill("Smallest planet?");
        field(page, "questions[1].answers[0].answer").fill("Mercury");
        field(page, "questions[1].answers[1].answer").fill("Venus");
        field(page, "questions[1].image").setInputFiles(picture("mercury.png", Color.GREEN));
        assertThat(page.locator("[id='thumb-questions[1].image']")).isVisible();
        page.locator("[id='remove-questions[1].image']").click();
        assertThat(field(page, "questions[1].image")).hasAttribute("type", "file");
        // Not a picture: refused by the server, said at the field.
        field(page, "questions[1].image")
                .setInputFiles(new FilePayload("notes.png", "image/png", "just text".getBytes(StandardCharsets.UTF_8)));
        assertThat(field(page, "err-questions[1].image")).hasText("Only PNG, JPEG, GIF and WebP pictures can be used.");
        assertThat(Browsers.seriousViolations(page)).as("editor with pictures").isEmpty();
        Browsers.screenshot(page, "editor-pictures");
        page.locator("#save").click();
        assertThat(page.locator("#status")).hasText("Saved.");

        // What the server stored.
        String quizId = page.url().replaceAll(".*quiz=", "");
        JsonNode quiz = rest.get("/api/v1/quizzes/" + quizId).json();
        String cover = quiz.get("coverImage").asString();
        String image = quiz.at("/questions/0/image").asString();
        assertThat(quiz.at("/questions/0/question").asString()).isEqualTo("Which planet is the <b>largest</b>?");
        assertThat(quiz.at("/questions/0/answers/0/answer").asString()).isEqualTo("<i>Jupiter</i>");
        assertThat(quiz.at("/questions/1").has("image")).isFalse();
        assertThat(rest.get("/api/v1/storage/" + cover).json().get("altText").asString())
                .isEqualTo("An orange sky");
        assertThat(rest.get("/api/v1/storage/" + image).json().get("altText").asString())
                .isEqualTo("Jupiter with its great red spot");

        // Opened again, the editor shows the pictures with their descriptions.
        page.reload();
        assertThat(field(page, "questions[0].image.alt")).hasValue("Jupiter with its great red spot");
        assertThat(page.locator("[id='thumb-coverImage']")).hasAttribute("alt", "An orange sky");
        assertThat(Browsers.loaded(page.locator("[id='thumb-coverImage']"))).isTrue();

        // My quizzes shows the cover; hosting shows the question picture to the host and to players, who have no
        // account: the running game shares it.
        page.navigate("/");
        Locator coverImage = page.locator("li[data-quiz='" + quizId + "'] img.cover");
        assertThat(coverImage).hasAttribute("src", "/api/v1/storage/" + cover + "/download");
        assertThat(Browsers.loaded(coverImage)).isTrue();
        page.locator("#game-options summary").click();
        page.locator("#get-ready").selectOption("0");
        page.locator("#answers-on-phones").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Host “Planets”"))
                .click();
        page.waitForURL(Pattern.compile(".*/host/[0-9a-f-]{36}$"));
        Page player = browsers.phone();
        player.navigate(page.locator("#join-url").textContent());
        player.getByLabel("Nickname").fill("Ada");
        player.keyboard().press("Enter");
        assertThat(player.locator("#lobby")).isVisible();
        page.locator("#start").click();
        for (Page screen : new Page[] {page, player}) {
            Locator shown = screen.locator("#question img[data-file='" + image + "']");
            assertThat(shown).hasAttribute("alt", "Jupiter with its great red spot");
            assertThat(shown).hasAttribute("src", "/api/v1/storage/" + image + "/download");
            assertThat(Browsers.loaded(shown)).isTrue();
            assertThat(screen.locator("#question h1 b")).hasText("largest");
        }
        Browsers.screenshot(player, "player-question-picture");
        assertThat(Browsers.seriousViolations(player))
                .as("question with a picture")
                .isEmpty();
    }

    @Test
    void myQuizzesPublishesCopiesExportsImportsAndDeletes() throws IOException {
        var teacher = accounts.register(Accounts.uniqueName("archivist"));
        var rest = accounts.signIn(teacher);
        var created = rest.post("/api/v1/quizzes", """
                {"title": "Rivers", "questions": [
                  {"type": "ABCD", "question": "Longest river?", "time": 20, "hideResults": false,
                   "answers": [{"answer": "Nile", "right": true}, {"answer": "Rhine", "right": false}]}]}""");
        assertThat(created.status()).isEqualTo(201);
        String quizId = created.json().get("id").asString();
        Page page = browsers.desktop();
        Browsers.logIn(page, teacher);
        Locator item = page.locator("li[data-quiz='" + quizId + "']");
        assertThat(item.locator(".badge")).hasText("Private");

        item.locator("[data-action=publish]").click();
        assertThat(item.locator(".badge")).hasText("Public");
        assertThat(page.locator("#status")).hasText("“Rivers” is public now: anyone can open, play and copy it.");
        assertThat(item.locator("[data-action=unpublish]")).isFocused();
        assertThat(rest.get("/api/v1/quizzes/" + quizId).json().get("public").asBoolean())
                .isTrue();
        item.locator("[data-action=unpublish]").click();
        assertThat(item.locator(".badge")).hasText("Private");
        assertThat(rest.get("/api/v1/quizzes/" + quizId).json().get("public").asBoolean())
                .isFalse();

        item.locator("[data-action=copy]").click();
        assertThat(page.locator("#quizzes li")).hasCount(2);
        JsonNode mine = rest.get("/api/v1/quizzes").json();
        assertThat(mine.get("totalItems").asInt()).isEqualTo(2);
        String copyId = mine.get("items")
                .valueStream()
                .map(quiz -> quiz.get("id").asString())
                .filter(id -> !id.equals(quizId))
                .findFirst()
                .orElseThrow();

        Download download =
                page.waitForDownload(() -> item.locator("[data-action=export]").click());
        JsonNode exported = JSON.readTree(Files.readString(download.path()));
        assertThat(exported.get("format").asString()).isEqualTo("quizhall-quiz");
        assertThat(exported.at("/quiz/title").asString()).isEqualTo("Rivers");

        ((ObjectNode) exported.get("quiz")).put("title", "Rivers, imported");
        page.locator("#import-file")
                .setInputFiles(new FilePayload("rivers.json", "application/json", JSON.writeValueAsBytes(exported)));
        assertThat(page.locator("#status")).hasText("Imported “Rivers, imported”.");
        assertThat(page.locator("#quizzes")).containsText("Rivers, imported");
        assertThat(rest.get("/api/v1/quizzes?sort=title")
                        .json()
                        .get("items")
                        .valueStream()
                        .map(quiz -> quiz.get("title").asString()))
                .containsExactly("Rivers", "Rivers", "Rivers, imported");
        // The server's refusal is shown, field by field.
        ((ObjectNode) exported).put("format", "someone-elses-format");
        ((ObjectNode) exported.get("quiz")).put("title", "");
        page.locator("#import-file")
                .setInputFiles(new FilePayload("broken.json", "application/json", JSON.writeValueAsBytes(exported)));
        assertThat(page.locator("#import-error")).containsText("The quiz could not be imported: ");
        assertThat(page.locator("#import-error")).containsText("format: ");
        page.locator("#import-file")
                .setInputFiles(new FilePayload("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-error")).hasText("This file is not a quiz file (it is not JSON).");
        assertThat(rest.get("/api/v1/quizzes").json().get("totalItems").asInt()).isEqualTo(3);
        assertThat(Browsers.seriousViolations(page))
                .as("my quizzes with actions")
                .isEmpty();
        Browsers.screenshot(page, "my-quizzes");

        // Deleting asks first; Cancel keeps the quiz.
        Locator copy = page.locator("li[data-quiz='" + copyId + "']");
        copy.locator("[data-action=delete]").click();
        assertThat(page.locator("#confirm-delete")).isVisible();
        assertThat(page.locator("#confirm-delete h2")).hasText("Delete “Rivers”?");
        assertThat(page.locator("#confirm-delete-no")).isFocused();
        assertThat(Browsers.seriousViolations(page)).as("delete confirmation").isEmpty();
        page.locator("#confirm-delete-no").click();
        assertThat(page.locator("#confirm-delete")).hasCount(0);
        assertThat(rest.get("/api/v1/quizzes/" + copyId).status()).isEqualTo(200);
        copy.locator("[data-action=delete]").click();
        page.locator("#confirm-delete-yes").click();
        assertThat(page.locator("#status")).hasText("Deleted “Rivers”.");
        assertThat(copy).hasCount(0);
        assertThat(rest.get("/api/v1/quizzes/" + copyId).status()).isEqualTo(404);
        assertThat(rest.get("/api/v1/quizzes/" + quizId).status()).isEqualTo(200);
    }
}
