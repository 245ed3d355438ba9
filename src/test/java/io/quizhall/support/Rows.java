package io.quizhall.support;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts the parent rows a test needs straight into the database, bypassing features under test. */
public final class Rows {

    private Rows() {}

    public static UUID user(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        String name = "u" + id.toString().substring(0, 8);
        jdbc.update("INSERT INTO users (id, email, username) VALUES (?, ?, ?)", id, name + "@example.org", name);
        return id;
    }

    public static UUID quiz(JdbcTemplate jdbc, UUID userId) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, questions) VALUES (?, ?, 'A quiz', '[]'::jsonb)", id, userId);
        return id;
    }

    public static UUID quizTivity(JdbcTemplate jdbc, UUID userId) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO quiztivitys (id, user_id, title, pages) VALUES (?, ?, 'An activity', '[]'::jsonb)",
                id,
                userId);
        return id;
    }

    public static long count(JdbcTemplate jdbc, String table, String where, Object... args) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + where, Long.class, args);
        return count == null ? 0 : count;
    }
}
