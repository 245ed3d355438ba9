package io.quizhall.activity;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * MARKDOWN pages: CommonMark (with GitHub-style tables) rendered by commonmark-java, then sanitised with the OWASP
 * sanitiser to an allowlist of text elements (docs/activities.md, "Markdown"). Raw HTML inside the Markdown is
 * allowed through the renderer on purpose and then held to the same allowlist, so {@code <b>} works and
 * {@code <script>} does not. Links keep only http, https and mailto targets and get
 * {@code rel="nofollow noopener noreferrer"}; images, styles, forms, frames and every event handler are removed.
 */
final class Markdown {

    /** The elements a rendered page may contain. */
    static final List<String> ALLOWED_ELEMENTS = List.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "b",
            "i",
            "del",
            "s",
            "sub",
            "sup",
            "mark",
            "small",
            "hr",
            "br",
            "a",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ALLOWED_ELEMENTS.toArray(String[]::new))
            .allowAttributes("href", "title")
            .onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("align")
            .matching(Pattern.compile("left|center|right"))
            .onElements("th", "td")
            .allowAttributes("class")
            .matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}"))
            .onElements("code")
            .toFactory();

    private Markdown() {}

    /** The page's HTML: rendered, then sanitised. Safe to insert into a page as it is. */
    static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
    }
}
