package io.quizhall.shared;

/** LIKE patterns that match a user's text literally: {@code \}, {@code %} and {@code _} escaped with {@code \}. */
public final class SqlLike {

    private SqlLike() {}

    /** The text as a literal part of a LIKE pattern (use it with {@code ESCAPE '\'}, PostgreSQL's default). */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching every value that contains {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
