package io.quizhall.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The limited rich text of titles, descriptions, questions, answers and activity texts: an HTML fragment that may
 * contain only {@code b strong i em small mark del sub sup} without attributes. Everything else is removed by the
 * OWASP sanitiser before storage (docs/quiz-format.md, "Text"). Quizzes and activities both check their texts here.
 */
public final class RichText {

    public static final String ALLOWED_ELEMENTS = "b strong i em small mark del sub sup";

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
    public static String sanitize(String untrusted) {
        return minimalEscaping(POLICY.sanitize(untrusted)).strip();
    }

    /** What a reader sees: the text without markup, with {@code &lt; &gt; &amp;} decoded. */
    public static String visibleText(String sanitized) {
        return ALLOWED_TAG
                .matcher(sanitized)
                .replaceAll("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /**
     * Sanitises a text field of a request and measures what a reader sees. A missing or blank text is an error when
     * the field is required and absent otherwise; a text longer than {@code maxLength} visible characters (code
     * points, without markup) is an error. Errors are added to {@code errors} under {@code field}.
     *
     * @return the stored form, or null for a missing or blank text
     */
    public static @Nullable String check(
            String field, @Nullable String value, int maxLength, boolean required, List<FieldError> errors) {
        String sanitized = value == null ? null : sanitize(value);
        String visible = sanitized == null ? "" : visibleText(sanitized);
        if (visible.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
            return null;
        }
        if (visible.codePointCount(0, visible.length()) > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters long"));
        }
        return sanitized;
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
