package io.quizhall.quiz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The limited rich text of titles, descriptions, questions and answers: an HTML fragment that may contain only
 * {@code b strong i em small mark del sub sup} without attributes. Everything else is removed by the OWASP
 * sanitiser before storage (docs/quiz-format.md, "Text").
 */
final class RichText {

    static final String ALLOWED_ELEMENTS = "b strong i em small mark del sub sup";

    private static final PolicyFactory POLICY =
            new HtmlPolicyBuilder().allowElements(ALLOWED_ELEMENTS.split(" ")).toFactory();

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private static final Pattern ALLOWED_TAG = Pattern.compile("</?(?:" + ALLOWED_ELEMENTS.replace(' ', '|') + ")>");

    private RichText() {}

    /**
     * Sanitises untrusted input into the stored form. Idempotent: sanitising a stored text returns it unchanged,
     * so a quiz can be loaded and saved again without its text growing escapes ({@code 2 < 3 & 4} is stored as
     * {@code 2 &lt; 3 &amp; 4}, and stays so).
     */
    static String sanitize(String untrusted) {
        return minimalEscaping(POLICY.sanitize(untrusted)).strip();
    }

    /** What a reader sees: the text without markup, with {@code &lt; &gt; &amp;} decoded. */
    static String visibleText(String sanitized) {
        return ALLOWED_TAG
                .matcher(sanitized)
                .replaceAll("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /**
     * The sanitiser writes {@code " ' + = @ `} and every character outside the Basic Multilingual Plane (emoji)
     * as numeric references. Outside attributes (and the output has none) only {@code <} and {@code &} are
     * special, so we decode those references again: the stored text stays readable and only ever contains
     * {@code &lt; &gt; &amp;} as references.
     */
    private static String minimalEscaping(String html) {
        Matcher matcher = NUMERIC_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (matcher.find()) {
            int codePoint = matcher.group(1) != null
                    ? Integer.parseInt(matcher.group(1), 16)
                    : Integer.parseInt(matcher.group(2));
            String replacement = keepsReference(codePoint) ? matcher.group() : Character.toString(codePoint);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean keepsReference(int codePoint) {
        return codePoint == '<'
                || codePoint == '>'
                || codePoint == '&'
                || !Character.isValidCodePoint(codePoint)
                || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.SURROGATE;
    }
}
