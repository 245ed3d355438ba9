package io.quizhall.results;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the results feature (docs/configuration.md, "Results").
 *
 * @param noteMaxLength longest note a host may keep on a finished game (characters)
 */
@ConfigurationProperties("quizhall.results")
public record ResultLimits(@DefaultValue("2000") int noteMaxLength) {

    public ResultLimits {
        if (noteMaxLength < 0) {
            throw new IllegalArgumentException("quizhall.results.note-max-length must not be negative");
        }
    }
}
