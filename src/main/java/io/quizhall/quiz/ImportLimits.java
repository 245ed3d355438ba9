package io.quizhall.quiz;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of quiz imports from files (docs/configuration.md, "Quiz imports"), checked before anything is parsed
 * or stored. A zip archive (xlsx, Quizhall's quiz archive) is inflated entry by entry while the bytes are counted,
 * so a zip bomb stops at the limit, whatever its headers claim.
 *
 * @param maxFileSize largest uploaded file (at most the multipart limit, quizhall.storage.max-video-size)
 * @param maxEntries most entries in a zip archive
 * @param maxUncompressedSize most bytes all entries of an archive may inflate to together
 * @param maxCompressionRatio most an archive may inflate relative to its own size (past 1 MB inflated)
 * @param maxRows most rows a spreadsheet may have below its header row
 */
@ConfigurationProperties("quizhall.quiz.import")
public record ImportLimits(
        @DefaultValue("40MB") DataSize maxFileSize,
        @DefaultValue("500") int maxEntries,
        @DefaultValue("100MB") DataSize maxUncompressedSize,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("1000") int maxRows) {

    public ImportLimits {
        if (maxEntries < 1 || maxCompressionRatio < 1 || maxRows < 1) {
            throw new IllegalArgumentException(
                    "quizhall.quiz.import limits must allow one entry, a ratio of 1 and one row");
        }
    }
}
