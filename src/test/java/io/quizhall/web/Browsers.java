package io.quizhall.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Chromium driven by Playwright for the web client's tests: the system's {@code /usr/bin/chromium}, never a
 * downloaded browser. Without it the tests are skipped, and say so.
 */
final class Browsers implements AutoCloseable {

    /** Debian's Chromium; {@code QUIZHALL_CHROMIUM} points elsewhere (or nowhere, to see the skip). */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("QUIZHALL_CHROMIUM", "/usr/bin/chromium"));

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    /** Problems the pages report by themselves: uncaught errors and Content-Security-Policy refusals. */
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    private Browsers(String baseUrl) {
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
    }

    static final String MISSING = "Chromium not found at " + CHROMIUM
            + ": browser tests are SKIPPED (install it with apt-get install -y chromium)";

    /** Starts Chromium, or says why not and returns null: the tests then skip through {@link #assumeRunning}. */
    static Browsers launchIfInstalled(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println(MISSING);
            return null;
        }
        return new Browsers(baseUrl);
    }

    /** Skips a test, visibly (counted as skipped, with the reason), when there is no Chromium. */
    static void assumeRunning(Browsers browsers) {
        Assumptions.assumeTrue(browsers != null, MISSING);
    }

    /** Where the app under test runs, as pages see it ({@code http://localhost:port}). */
    String baseUrl() {
        return baseUrl;
    }

    /** A teacher's laptop or projector. */
    Page desktop() {
        return page(1280, 800);
    }

    /** A projector of this many pixels (1280×720, 1920×1080). */
    Page projector(int width, int height) {
        return page(width, height);
    }

    /** A projector whose browser prefers this language ({@code de-DE}). */
    Page projector(int width, int height, String locale) {
        return page(width, height, null, locale);
    }

    /** A phone whose browser prefers this language ({@code ar}). */
    Page phone(String locale) {
        return page(360, 740, null, locale);
    }

    /** A player's phone. */
    Page phone() {
        return page(360, 740);
    }

    /**
     * Another phone with the same cookies and local storage as {@code page}: the same person in a second window.
     * (A second tab of the same context would do, but Chromium stops running a tab it opened a new one over.)
     */
    Page phoneWithStorageOf(Page page) {
        return page(360, 740, page.context().storageState());
    }

    private Page page(int width, int height) {
        return page(width, height, null);
    }

    private Page page(int width, int height, @org.jspecify.annotations.Nullable String storageState) {
        return page(width, height, storageState, "en-US");
    }

    private Page page(int width, int height, @org.jspecify.annotations.Nullable String storageState, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setStorageState(storageState)
                .setLocale(locale));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(page.url() + ": " + error));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                pageErrors.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** axe-core violations of impact serious or critical on the page as it is now, one line each. */
    static List<String> seriousViolations(Page page) {
        return new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(Browsers::describe)
                        .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    /** Logs in through the landing page's form. */
    static void logIn(Page page, io.quizhall.support.Accounts.User user) {
        page.navigate("/");
        page.getByLabel("Username or email").fill(user.username());
        page.locator("#password").fill(user.password());
        page.locator("#login-form button[type=submit]").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#logout"))
                .isVisible();
    }

    /** An editor field by its id, which is its path in the request body ({@code questions[0].question}). */
    static com.microsoft.playwright.Locator field(Page page, String path) {
        return page.locator("[id='" + path + "']");
    }

    /** A small PNG of one colour: different colours are different files (the server dedupes equal content). */
    static byte[] png(int width, int height, java.awt.Color colour) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether an image element has loaded its picture (a refused download leaves it at zero width). */
    static boolean loaded(com.microsoft.playwright.Locator image) {
        return (Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
