package io.quizhall;

import static io.quizhall.support.Rows.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ON DELETE rules and constraints of the schema, checked on the real database. */
@IntegrationTest
class SchemaCascadeTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deletingAUserRemovesTheirRowsAndOrphansTheirFiles() {
        UUID user = Rows.user(jdbc);
        UUID other = Rows.user(jdbc);
        UUID quiz = Rows.quiz(jdbc, user);
        UUID othersQuiz = Rows.quiz(jdbc, other);
        UUID activity = Rows.quizTivity(jdbc, user);
        jdbc.update(
                "INSERT INTO user_sessions (user_id, session_key_hash) VALUES (?, sha256(?::bytea))", user, "s" + user);
        jdbc.update(
                "INSERT INTO api_keys (user_id, key_hash, prefix, name) VALUES (?, sha256(?::bytea), 'qh_', 'k')",
                user,
                "k" + user);
        jdbc.update(
                "INSERT INTO fido_credentials (user_id, id, public_key) VALUES (?, sha256(?::bytea), '\\x01')",
                user,
                "f" + user);
        jdbc.update(
                "INSERT INTO backup_codes (id, user_id, code_hash, created_at) VALUES (gen_random_uuid(), ?, 'h', now())",
                user);
        jdbc.update(
                "INSERT INTO user_identities (id, user_id, provider, subject, created_at) "
                        + "VALUES (gen_random_uuid(), ?, 'idp', ?, now())",
                user,
                "s" + user);
        jdbc.update(
                "INSERT INTO game_results (quiz_id, user_id, answers, title, questions) VALUES (?, ?, '[]', 't', '[]')",
                quiz,
                user);
        jdbc.update("INSERT INTO rating (user_id, quiz_id, positive) VALUES (?, ?, true)", user, othersQuiz);
        jdbc.update(
                "INSERT INTO quiztivityshares (quiztivity_id, user_id, token) VALUES (?, ?, ?)",
                activity,
                user,
                io.quizhall.shared.SecureTokens.newToken());
        jdbc.update(
                "INSERT INTO controller (user_id, secret_key_hash, player_name, name) "
                        + "VALUES (?, sha256(?::bytea), 'p', 'n')",
                user,
                "c" + user);
        UUID file = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO storage_items (id, user_id, mime_type, size) VALUES (?, ?, 'image/png', 1)", file, user);
        jdbc.update("INSERT INTO storage_items_quiz (storage_item_id, quiz_id) VALUES (?, ?)", file, quiz);

        jdbc.update("DELETE FROM users WHERE id = ?", user);

        for (String table : new String[] {
            "user_sessions",
            "api_keys",
            "fido_credentials",
            "backup_codes",
            "user_identities",
            "quiz",
            "game_results",
            "rating",
            "quiztivitys",
            "quiztivityshares",
            "controller"
        }) {
            assertThat(count(jdbc, table, "user_id = ?", user)).as(table).isZero();
        }
        assertThat(count(jdbc, "storage_items", "id = ? AND user_id IS NULL", file))
                .isEqualTo(1);
        assertThat(count(jdbc, "storage_items_quiz", "storage_item_id = ?", file))
                .isZero();
        assertThat(count(jdbc, "quiz", "id = ?", othersQuiz)).isEqualTo(1);
    }

    @Test
    void deletingAQuizRemovesItsRatingsAndFileLinksButKeepsItsResultsAndFiles() {
        UUID user = Rows.user(jdbc);
        UUID quiz = Rows.quiz(jdbc, user);
        UUID result = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO game_results (id, quiz_id, user_id, answers, title, questions) "
                        + "VALUES (?, ?, ?, '[]', 't', '[]')",
                result,
                quiz,
                user);
        jdbc.update("INSERT INTO rating (user_id, quiz_id, positive) VALUES (?, ?, false)", user, quiz);
        UUID file = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO storage_items (id, user_id, mime_type, size) VALUES (?, ?, 'image/png', 1)", file, user);
        jdbc.update("INSERT INTO storage_items_quiz (storage_item_id, quiz_id) VALUES (?, ?)", file, quiz);

        jdbc.update("DELETE FROM quiz WHERE id = ?", quiz);

        assertThat(count(jdbc, "game_results", "id = ? AND quiz_id IS NULL", result))
                .isEqualTo(1);
        assertThat(count(jdbc, "rating", "quiz_id = ?", quiz)).isZero();
        assertThat(count(jdbc, "storage_items_quiz", "quiz_id = ?", quiz)).isZero();
        assertThat(count(jdbc, "storage_items", "id = ?", file)).isEqualTo(1);
    }

    @Test
    void rowsInsertedWithoutAnIdGetDistinctIdsAndServerTimestamps() {
        jdbc.update("INSERT INTO users (email, username) VALUES ('a1@example.org', 'defaults_a1')");
        jdbc.update("INSERT INTO users (email, username) VALUES ('a2@example.org', 'defaults_a2')");

        var ids =
                jdbc.queryForList("SELECT id FROM users WHERE username IN ('defaults_a1', 'defaults_a2')", UUID.class);
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject(
                        "SELECT bool_and(created_at > now() - interval '1 minute') FROM users "
                                + "WHERE username IN ('defaults_a1', 'defaults_a2')",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void storageUsedCannotGoNegative() {
        UUID user = Rows.user(jdbc);

        assertThatThrownBy(() -> jdbc.update("UPDATE users SET storage_used = storage_used - 1 WHERE id = ?", user))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void hashColumnsOnlyAcceptDigestsNotRawSecrets() {
        UUID user = Rows.user(jdbc);

        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO user_sessions (user_id, session_key_hash) VALUES (?, ?::bytea)",
                        user,
                        "a-raw-session-key"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
