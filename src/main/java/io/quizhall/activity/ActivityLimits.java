package io.quizhall.activity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every activity is checked against on create, update and import, and the limits of shares
 * (docs/activities.md, "Rules and limits"; docs/configuration.md, "Activities"). Text lengths count the characters
 * a reader sees, after sanitising and without markup; Markdown counts its source.
 *
 * @param titleMaxLength longest activity title
 * @param maxPages most pages in one activity (at least one is always required)
 * @param pageTitleMaxLength longest page title
 * @param slideTextMaxLength longest SLIDE text
 * @param markdownMaxLength longest Markdown source of one page
 * @param maxPairs most pairs of one MEMORY page (at least two are required)
 * @param cardTextMaxLength longest text of a MEMORY card
 * @param questionMaxLength longest ABCD question
 * @param maxAnswers most options of an ABCD page (at least two are required)
 * @param answerMaxLength longest ABCD option
 * @param maxRequestSize largest request body the activity endpoints read
 * @param maxShares most share links of one activity
 * @param shareNameMaxLength longest share name
 * @param checksPerMinute ABCD checks one address may ask of one share per minute
 */
@ConfigurationProperties("quizhall.activity")
public record ActivityLimits(
        @DefaultValue("300") int titleMaxLength,
        @DefaultValue("50") int maxPages,
        @DefaultValue("200") int pageTitleMaxLength,
        @DefaultValue("2000") int slideTextMaxLength,
        @DefaultValue("20000") int markdownMaxLength,
        @DefaultValue("12") int maxPairs,
        @DefaultValue("100") int cardTextMaxLength,
        @DefaultValue("500") int questionMaxLength,
        @DefaultValue("16") int maxAnswers,
        @DefaultValue("200") int answerMaxLength,
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue("50") int maxShares,
        @DefaultValue("100") int shareNameMaxLength,
        @DefaultValue("300") int checksPerMinute) {

    static final int MIN_PAIRS = 2;
    static final int MIN_ANSWERS = 2;
    static final Duration CHECK_PERIOD = Duration.ofMinutes(1);

    public ActivityLimits {
        if (titleMaxLength < 1
                || maxPages < 1
                || maxPairs < MIN_PAIRS
                || maxAnswers < MIN_ANSWERS
                || maxShares < 1
                || checksPerMinute < 1) {
            throw new IllegalArgumentException("quizhall.activity limits must allow a title, a page, two pairs, "
                    + "two answers, one share and one check a minute");
        }
    }
}
