package io.quizhall.hunt;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hints of hunts ({@code quizhall.hunt.hints.*}, docs/hunts.md "Hints").
 *
 * @param maxCanned canned hints one puzzle may have
 * @param maxCannedLength visible characters of one canned hint
 * @param maxQuestionLength characters of a team's hint request
 * @param maxResponseLength visible characters of a staff response
 * @param maxLockoutMinutes the longest lockout a hunt may set
 */
@ConfigurationProperties("quizhall.hunt.hints")
record HintProperties(
        @DefaultValue("20") int maxCanned,
        @DefaultValue("2000") int maxCannedLength,
        @DefaultValue("1000") int maxQuestionLength,
        @DefaultValue("4000") int maxResponseLength,
        @DefaultValue("10080") int maxLockoutMinutes) {}
