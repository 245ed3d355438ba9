package io.quizhall.results;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A finished game as a file to download: its name, media type and a writer that streams it.
 *
 * @param filename a safe file name ({@code result-<id>.xlsx})
 */
public record ResultExport(String filename, String mediaType, Body body) {

    /** Writes the file; called once, after the result was read, outside any transaction. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The files a game can be exported as. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PLAYERS_CSV("players.csv", "text/csv;charset=UTF-8"),
        ANSWERS_CSV("answers.csv", "text/csv;charset=UTF-8");

        private final String suffix;
        private final String mediaType;

        Format(String suffix, String mediaType) {
            this.suffix = suffix;
            this.mediaType = mediaType;
        }

        String suffix() {
            return suffix;
        }

        String mediaType() {
            return mediaType;
        }
    }
}
