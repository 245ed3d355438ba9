package io.quizhall.community;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the community feature (docs/configuration.md, "Community").
 *
 * @param maxPageSize the most quizzes one page of the listing or search returns
 * @param maxQueryLength the longest search text accepted (characters)
 * @param maxQueryWords search words beyond this many are ignored
 * @param typoThreshold the pg_trgm word similarity (0..1) from which a title counts as a typo match
 * @param reportsPerDay reports one user may file per day (beyond it: 429)
 * @param ratingsPerMinute ratings (and removals) one user may make per minute (beyond it: 429)
 * @param rankCandidates how many of the newest matches a search by relevance ranks (and how many similar titles
 *     the typo search considers); bounds the cost of words that match a large part of all quizzes
 */
@ConfigurationProperties("quizhall.community")
public record CommunityProperties(
        @DefaultValue("50") int maxPageSize,
        @DefaultValue("200") int maxQueryLength,
        @DefaultValue("8") int maxQueryWords,
        @DefaultValue("0.5") double typoThreshold,
        @DefaultValue("20") int reportsPerDay,
        @DefaultValue("120") int ratingsPerMinute,
        @DefaultValue("1000") int rankCandidates) {

    static final Duration REPORT_PERIOD = Duration.ofDays(1);
    static final Duration RATING_PERIOD = Duration.ofMinutes(1);

    public CommunityProperties {
        if (maxPageSize < 1
                || maxQueryLength < 1
                || maxQueryWords < 1
                || reportsPerDay < 0
                || ratingsPerMinute < 0
                || rankCandidates < 1) {
            throw new IllegalArgumentException("quizhall.community limits must be positive");
        }
        if (typoThreshold <= 0 || typoThreshold >= 1) {
            throw new IllegalArgumentException("quizhall.community.typo-threshold must lie between 0 and 1");
        }
    }
}
