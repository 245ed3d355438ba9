package io.quizhall.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.quizhall.web.Browsers.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quizhall.storage.TestPdfs;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.QrCodes;
import io.quizhall.support.TestClock;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Activities in Chromium: a teacher builds one in the editor (every page kind, a picture, a PDF, the server's
 * errors at their fields) and shares it from "my activities" with a QR code; a learner goes through the shared
 * activity on a phone without an account, with progress kept in the browser; an expired link says so.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityBrowserTests extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTeacherBuildsAnActivityOfEveryKindAndSharesItWithAQrCode() {
        var teacher = accounts.register(Accounts.uniqueName("biologist"));
        var rest = accounts.signIn(teacher);
        Page page = browsers.desktop();
        Browsers.logIn(page, teacher);
        page.locator("#my-activities").click();
        page.waitForURL(Pattern.compile(".*/activities$"));
        assertThat(page.locator("#activity-list")).containsText("No activities yet");
        page.locator("#new-activity").click();
        page.waitForURL(Pattern.compile(".*/edit-activity$"));

        field(page, "title").fill("Cells");
        field(page, "pages[0].data.text").fill("Cells are small");
        field(page, "pages[0].data.text").evaluate("text => text.setSelectionRange(10, 15)");
        page.locator("[id='format-b-pages[0].data.text']").click();
        assertThat(field(page, "pages[0].data.text")).hasValue("Cells are <b>small</b>");
        field(page, "pages[0].data.image")
                .setInputFiles(new FilePayload("cell.png", "image/png", Browsers.png(60, 40, Color.PINK)));
        field(page, "pages[0].data.image.alt").fill("A cell under the microscope");
        field(page, "pages[0].data.image.alt").press("Tab");
        assertThat(page.locator("#status")).hasText("Picture description saved.");

        addPage(page, 1, "MARKDOWN");
        field(page, "pages[1].data.markdown").fill("# Parts\n\n- nucleus\n- membrane");
        addPage(page, 2, "ABCD");
        field(page, "pages[2].data.question").fill("What is inside a cell?");
        field(page, "pages[2].data.answers[0].answer").fill("A nucleus");
        addPage(page, 3, "MEMORY");
        field(page, "pages[3].data.cards[0][0].text").fill("DNA");
        field(page, "pages[3].data.cards[0][1].text").fill("Nucleus");
        field(page, "pages[3].data.cards[1][0].text").fill("Energy");
        field(page, "pages[3].data.cards[1][1].text").fill("Mitochondria");
        addPage(page, 4, "PDF");
        field(page, "pages[4].data.file")
                .setInputFiles(new FilePayload("worksheet.pdf", "application/pdf", TestPdfs.pages(2)));
        assertThat(page.locator("[id='link-pages[4].data.file']")).hasText("worksheet.pdf");

        // The second option is still empty: the server says so at its field.
        page.locator("#save").click();
        assertThat(field(page, "err-pages[2].data.answers[1].answer")).hasText("must not be blank");
        assertThat(field(page, "pages[2].data.answers[1].answer")).isFocused();
        field(page, "pages[2].data.answers[1].answer").fill("The moon");
        assertThat(Browsers.seriousViolations(page)).as("activity editor").isEmpty();
        Browsers.screenshot(page, "activity-editor");
        page.locator("#save").click();
        assertThat(page.locator("#status")).hasText("Saved.");

        String activityId = page.url().replaceAll(".*activity=", "");
        JsonNode saved = rest.get("/api/v1/activities/" + activityId).json();
        assertThat(saved.get("title").asString()).isEqualTo("Cells");
        assertThat(saved.get("pages").valueStream().map(p -> p.get("type").asString()))
                .containsExactly("SLIDE", "MARKDOWN", "ABCD", "MEMORY", "PDF");
        assertThat(saved.at("/pages/0/data/text").asString()).isEqualTo("Cells are <b>small</b>");
        assertThat(saved.at("/pages/1/data/html").asString()).contains("<li>nucleus</li>");
        assertThat(saved.at("/pages/2/data/answers/0/correct").asBoolean()).isTrue();
        assertThat(saved.at("/pages/3/data/cards/1/1/text").asString()).isEqualTo("Mitochondria");
        String pdf = saved.at("/pages/4/data/file").asString();
        assertThat(rest.get("/api/v1/storage/" + pdf).json().get("mimeType").asString())
                .isEqualTo("application/pdf");

        // Share it from my activities: a named link with its QR code; an older link is revoked.
        page.navigate("/activities");
        Locator item = page.locator("li[data-activity='" + activityId + "']");
        assertThat(item).containsText("5 pages");
        item.locator("[data-action='share']").click();
        Locator dialog = page.locator("#share-dialog");
        assertThat(dialog).isVisible();
        assertThat(page.locator("#share-name")).isFocused();
        page.locator("#share-name").fill("Old link");
        page.locator("#share-create").click();
        assertThat(dialog.locator("li.share-item")).hasCount(1);
        page.locator("#share-name").fill("Class 7b");
        page.locator("#share-expiry").fill("2099-06-30T12:00");
        page.locator("#share-create").click();
        assertThat(dialog.locator("li.share-item")).hasCount(2);
        Locator share = dialog.locator("li.share-item").first();
        assertThat(share).containsText("Class 7b");
        assertThat(share).containsText("Expires");
        assertThat(share.locator("img.share-qr")).isVisible();
        assertThat((Boolean)
                        share.locator("img.share-qr").evaluate("img => img.decode().then(() => img.naturalWidth > 0)"))
                .as("the QR code loads")
                .isTrue();
        String link = share.locator("input.share-url").inputValue();
        JsonNode shares =
                rest.get("/api/v1/activities/" + activityId + "/shares").json();
        assertThat(link).isEqualTo(browsers.baseUrl() + shares.at("/0/path").asString());
        assertThat(Instant.parse(shares.at("/0/expiresAt").asString())).isAfter(Instant.parse("2099-06-29T00:00:00Z"));
        byte[] qr = rest.getBytes(share.locator("img.share-qr").getAttribute("src"), Map.of())
                .body();
        assertThat(QrCodes.read(qr)).as("the QR code is the link shown").isEqualTo(link);
        assertThat(Browsers.seriousViolations(page)).as("share dialog").isEmpty();
        Browsers.screenshot(page, "activity-share-dialog");

        dialog.locator("li.share-item", new Locator.LocatorOptions().setHasText("Old link"))
                .locator("[data-action='revoke']")
                .click();
        assertThat(page.locator("#status")).hasText("Link “Old link” revoked: it no longer works.");
        assertThat(dialog.locator("li.share-item")).hasCount(1);
        assertThat(rest.get("/api/v1/activities/" + activityId + "/shares")
                        .json()
                        .size())
                .isEqualTo(1);
        page.locator("#share-close").click();
        assertThat(item.locator("[data-action='share']")).isFocused();
        assertThat(Browsers.seriousViolations(page)).as("my activities").isEmpty();
        Browsers.screenshot(page, "my-activities");
    }

    private static void addPage(Page page, int index, String kind) {
        page.locator("#add-page").click();
        field(page, "pages[" + index + "].type").selectOption(kind);
    }

    @Test
    void aLearnerGoesThroughASharedActivityOnAPhoneAndKeepsTheirProgressInTheBrowser() {
        var teacher = accounts.signIn(accounts.register(Accounts.uniqueName("chemist")));
        String picture = upload(teacher, "water.png", Browsers.png(80, 50, Color.CYAN));
        teacher.send("PATCH", "/api/v1/storage/" + picture, "{\"altText\": \"A glass of water\"}", Map.of());
        String pdf = upload(teacher, "sheet.pdf", TestPdfs.pages(1));
        var created = teacher.post("/api/v1/activities", """
                {"title": "Water", "pages": [
                  {"type": "SLIDE", "title": "Welcome", "data": {"text": "Water is <b>wet</b>.", "image": "%s"}},
                  {"type": "MARKDOWN", "data": {"markdown": "# Facts\\n\\nWater boils at **100 °C**. [More](https://example.org)"}},
                  {"type": "ABCD", "title": "Check", "data": {"question": "What is H₂O?", "answers": [
                    {"answer": "Salt", "correct": false}, {"answer": "Water", "correct": true}]}},
                  {"type": "MEMORY", "title": "Pairs", "data": {"cards": [
                    [{"text": "H₂O"}, {"text": "Water"}], [{"text": "NaCl"}, {"text": "Salt"}]]}},
                  {"type": "PDF", "title": "Worksheet", "data": {"file": "%s"}}]}""".formatted(picture, pdf));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode share = teacher.post(
                        "/api/v1/activities/" + created.json().get("id").asString() + "/shares",
                        "{\"name\": \"Class 7b\"}")
                .json();
        Page phone = browsers.phone();

        phone.navigate(share.get("path").asString());

        // 1: a slide with its picture, described.
        assertThat(phone.locator("#page-of")).hasText("Page 1 of 5");
        assertThat(phone.locator("#page h1")).hasText("Welcome");
        assertThat(phone.locator("#page .slide-text b")).hasText("wet");
        Locator shown = phone.locator("#page img.question-image");
        assertThat(shown).hasAttribute("alt", "A glass of water");
        assertThat(Browsers.loaded(shown)).isTrue();
        assertThat(Browsers.seriousViolations(phone)).as("learner slide").isEmpty();
        Browsers.screenshot(phone, "learner-slide");

        // 2: Markdown, rendered by the server.
        phone.locator("#next").click();
        assertThat(phone.locator("#page-of")).hasText("Page 2 of 5");
        assertThat(phone.locator("#page .markdown h1")).hasText("Facts");
        assertThat(phone.locator("#page .markdown strong")).hasText("100 °C");
        assertThat(phone.locator("#page .markdown a")).hasAttribute("rel", "nofollow noopener noreferrer");

        // 3: ABCD, checked by the server; the answer is marked in words, not only by colour.
        phone.locator("#next").click();
        Locator options = phone.locator("#page button.choice");
        assertThat(options).hasCount(2);
        assertThat(options.nth(0)).containsText("A");
        options.nth(0).click();
        assertThat(phone.locator("#verdict")).hasText("✗ Not quite.");
        assertThat(options.nth(0)).containsText("your answer");
        assertThat(options.nth(1)).containsText("✓ correct answer");
        assertThat(options.nth(1)).isDisabled();
        assertThat(Browsers.seriousViolations(phone)).as("learner question").isEmpty();
        Browsers.screenshot(phone, "learner-abcd");

        // 4: memory, by keyboard: a wrong pair turns back over, then every pair is found.
        phone.locator("#next").click();
        Locator water = phone.locator("#memory [data-pair='0']");
        Locator salt = phone.locator("#memory [data-pair='1']");
        water.first().focus();
        phone.keyboard().press("Enter");
        salt.first().focus();
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#memory-message")).hasText("Not a pair. Try again.");
        assertThat(salt.first()).not().hasClass(Pattern.compile(".*\\bup\\b.*"));
        water.nth(0).click();
        water.nth(1).click();
        assertThat(phone.locator("#memory-message")).hasText("A pair!");
        assertThat(water.nth(1)).containsText("✓ matched");
        salt.nth(0).click();
        salt.nth(1).click();
        assertThat(phone.locator("#memory-message")).hasText("All pairs found in 3 moves.");
        assertThat(Browsers.seriousViolations(phone)).as("learner memory").isEmpty();
        Browsers.screenshot(phone, "learner-memory");

        // 5: the PDF in the browser's viewer, and a link to open it; a learner may load it while the link works.
        phone.locator("#next").click();
        String pdfUrl = "/api/v1/storage/" + pdf + "/download";
        assertThat(phone.locator("#page iframe.pdf-frame")).hasAttribute("src", pdfUrl);
        assertThat(phone.locator("#open-pdf")).hasAttribute("href", pdfUrl);
        var download = phone.request().get(pdfUrl);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");

        phone.locator("#finish").click();
        assertThat(phone.locator("#summary h1")).hasText("You have finished!");
        assertThat(phone.locator("#seen")).hasText("Pages seen: 5 of 5");
        assertThat(phone.locator("#score")).hasText("Questions answered correctly: 0 of 1");
        assertThat(phone.locator("#memories")).hasText("Memory games completed: 1 of 1");
        assertThat(Browsers.seriousViolations(phone)).as("learner summary").isEmpty();
        Browsers.screenshot(phone, "learner-summary");

        // A reload comes back where the learner was, with the answer given; nothing of it is on the server.
        phone.reload();
        assertThat(phone.locator("#page-of")).hasText("Page 5 of 5");
        phone.locator("#prev").click();
        phone.locator("#prev").click();
        assertThat(phone.locator("#verdict")).hasText("✗ Not quite.");
        assertThat(phone.locator("#page button.choice").nth(1)).isDisabled();
        Object stored = phone.evaluate(
                "key => localStorage.getItem(key)",
                "quizhall.activity." + share.get("token").asString());
        assertThat(String.valueOf(stored)).contains("\"abcd\"", "\"memory\"");
    }

    @Test
    void anExpiredLinkShowsAClearPage() {
        var teacher = accounts.signIn(accounts.register(Accounts.uniqueName("historian")));
        var created = teacher.post("/api/v1/activities", """
                {"title": "Rome", "pages": [{"type": "SLIDE", "data": {"text": "Rome was not built in a day."}}]}""");
        String activity = created.json().get("id").asString();
        Instant now = clock.freeze();
        JsonNode share = teacher.post(
                        "/api/v1/activities/" + activity + "/shares",
                        "{\"name\": \"Last week\", \"expiresAt\": \"" + now.plus(Duration.ofHours(1)) + "\"}")
                .json();
        clock.advance(Duration.ofHours(2));
        Page phone = browsers.phone();

        phone.navigate(share.get("path").asString());

        assertThat(phone.locator("#link-problem h1")).hasText("This link has expired");
        assertThat(phone.locator("#link-problem")).containsText("Ask the person who gave it to you for a new one.");
        assertThat(phone.locator("#page")).hasCount(0);
        assertThat(Browsers.seriousViolations(phone)).as("expired link").isEmpty();
        Browsers.screenshot(phone, "learner-expired");
        phone.navigate("/learn/no-such-link");
        assertThat(phone.locator("#link-problem h1")).hasText("This link does not work");
    }

    private static String upload(Accounts.SignedIn teacher, String name, byte[] content) {
        var uploaded = teacher.upload(
                "/api/v1/storage", name, "application/octet-stream", content, Map.of("purpose", "activity"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asString();
    }
}
