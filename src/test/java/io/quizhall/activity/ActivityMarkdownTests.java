package io.quizhall.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.XssVectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * MARKDOWN pages are rendered with commonmark and sanitised to an allowlist: the classic XSS vectors, and those
 * only Markdown has (link and image targets, autolinks, raw HTML blocks), leave no script, handler, style, frame,
 * image or dangerous URL in what is stored and what learners receive — while Markdown itself still works.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityMarkdownTests {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern HREF =
            Pattern.compile("^ href=\"([^\"]*)\"(?: rel=\"nofollow noopener noreferrer\")?$");

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    Accounts.SignedIn teacher;

    @BeforeAll
    void signIn() {
        teacher = accounts.newUser();
    }

    static Stream<String> markdownVectors() {
        return Stream.concat(
                XssVectors.all(),
                Stream.of(
                        "[click](javascript:alert(1))",
                        "[click](JaVaScRiPt:alert(1))",
                        "[click](  javascript:alert(1) )",
                        "[click](vbscript:msgbox(1))",
                        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                        "[click][ref]\n\n[ref]: javascript:alert(1)",
                        "<javascript:alert(1)>",
                        "![x](javascript:alert(1))",
                        "![x](https://evil.example/track.png)",
                        "![x\" onerror=\"alert(1)](x)",
                        "[x](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
                        "<div onclick=\"alert(1)\">\n\n*still markdown*\n\n</div>",
                        "<iframe src=\"https://evil.example\"></iframe>",
                        "```html\n<script>alert(1)</script>\n```",
                        "`<img src=x onerror=alert(1)>`",
                        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <script>alert(1)</script> |",
                        "<a href=\"https://example.org\" target=\"_blank\" onclick=\"alert(1)\">x</a>",
                        "<form action=\"https://evil.example\"><input name=\"password\"></form>",
                        "<base href=\"https://evil.example/\">",
                        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"));
    }

    /**
     * Only allowlisted elements; attributes only where allowed, and links only to http(s), mailto or relative
     * targets (or none, where a dangerous one was dropped). Text may mention anything: its {@code <} is escaped.
     */
    static void assertSafe(String html) {
        assertThat(html).doesNotContain("<!--", "<![CDATA[");
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(2).toLowerCase();
            String attributes = tag.group(3);
            assertThat(Markdown.ALLOWED_ELEMENTS).as(html).contains(element);
            if (tag.group(1).isEmpty() && !attributes.isBlank()) {
                switch (element) {
                    case "a" -> {
                        Matcher href = HREF.matcher(attributes.replaceAll(" title=\"[^\"]*\"", ""));
                        assertThat(href.matches()).as(html).isTrue();
                        assertThat(href.group(1)).as(html).matches("(?i)(|(https?:|mailto:|#|/|[a-z0-9]).*)");
                        assertThat(href.group(1)).as(html).doesNotContainIgnoringCase("script:");
                    }
                    case "ol" -> assertThat(attributes).as(html).matches(" start=\"[0-9]+\"");
                    case "th", "td" -> assertThat(attributes).as(html).matches(" align=\"(left|center|right)\"");
                    case "code" -> assertThat(attributes).as(html).matches(" class=\"language-[A-Za-z0-9_+-]+\"");
                    default -> throw new AssertionError("attributes on <" + element + ">: " + html);
                }
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("markdownVectors")
    void theRendererAndSanitiserNeutraliseEachVector(String vector) {
        assertSafe(Markdown.toSafeHtml(vector));
        assertSafe(Markdown.toSafeHtml("# Title " + vector + "\n\n- item " + vector));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("markdownVectors")
    void whatIsStoredAndWhatLearnersGetIsSafe(String vector) {
        var created = teacher.post(
                "/api/v1/activities",
                Activities.activity("XSS", Activities.markdown("Intro\n\n" + vector))
                        .toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertSafe(created.json().at("/pages/0/data/html").asString());
        assertThat(created.json().at("/pages/0/data/markdown").asString())
                .as("the source is kept as written, for the editor (it is never shown as HTML)")
                .isEqualTo(("Intro\n\n" + vector).strip());

        var share = teacher.post("/api/v1/activities/" + id + "/shares", "{\"name\": \"xss\"}");
        JsonNode learner = api.get(
                        "/api/v1/activity-shares/" + share.json().get("token").asString())
                .json();

        assertSafe(learner.at("/pages/0/data/html").asString());
        assertThat(learner.at("/pages/0/data").has("markdown")).isFalse();
    }

    @Test
    void markdownStillRendersHeadingsListsEmphasisLinksCodeAndTables() {
        String html = Markdown.toSafeHtml("""
                # Water
                ## Facts

                Water is **H₂O**, *wet* and ~~dry~~ <sub>2</sub> <mark>marked</mark>.

                3. three
                4. four

                - a
                - b

                > quoted

                See [Wikipedia](https://en.wikipedia.org/wiki/Water "The article") or <mailto:teacher@example.org>.

                ```java
                int x = 1 < 2 ? 1 : 0;
                ```

                | Element | Symbol |
                |:--------|:------:|
                | Gold    | Au     |
                """);

        assertThat(html)
                .contains("<h1>Water</h1>", "<h2>Facts</h2>", "<strong>H₂O</strong>", "<em>wet</em>")
                .contains("<sub>2</sub>", "<mark>marked</mark>", "<ol start=\"3\">", "<li>a</li>", "<blockquote>")
                .contains("<a href=\"https://en.wikipedia.org/wiki/Water\" title=\"The article\" rel=\"nofollow"
                        + " noopener noreferrer\">Wikipedia</a>")
                .contains("href=\"mailto:teacher&#64;example.org\"")
                .contains("<code class=\"language-java\">int x &#61; 1 &lt; 2 ? 1 : 0;")
                .contains("<table>", "<th align=\"left\">Element</th>", "<td align=\"center\">Au</td>");
        assertSafe(html);
    }
}
