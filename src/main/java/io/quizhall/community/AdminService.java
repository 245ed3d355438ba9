package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.account.UserAdministration;
import io.quizhall.account.UserAdministration.UserAccount;
import io.quizhall.community.CommunityPayloads.AdminQuiz;
import io.quizhall.community.ModerationLog.Action;
import io.quizhall.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do: find accounts, see their quizzes (private ones too), grant and revoke the moderator role,
 * disable, enable and delete accounts. Nobody can act on their own account or on an administrator the
 * configuration names. Every change is recorded in the {@link ModerationLog}.
 */
@Service
class AdminService {

    private static final int MAX_USERS = 50;

    private final UserAdministration users;
    private final ModerationLog log;
    private final JdbcClient jdbc;

    AdminService(UserAdministration users, ModerationLog log, JdbcClient jdbc) {
        this.users = users;
        this.log = log;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<UserAccount> find(String query, CurrentUser admin) {
        require(admin);
        return users.find(query, MAX_USERS);
    }

    @Transactional(readOnly = true)
    UserAccount get(UUID id, CurrentUser admin) {
        require(admin);
        return users.get(id).orElseThrow(() -> NotFoundException.forId("user", id));
    }

    @Transactional(readOnly = true)
    List<AdminQuiz> quizzes(UUID id, CurrentUser admin) {
        get(id, admin);
        return jdbc.sql("SELECT id, title, public, hidden, question_count, plays, likes, dislikes, created_at,"
                        + " updated_at FROM quiz WHERE user_id = ? ORDER BY updated_at DESC, id")
                .param(id)
                .query((rs, row) -> new AdminQuiz(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getBoolean("public"),
                        rs.getBoolean("hidden"),
                        rs.getInt("question_count"),
                        rs.getInt("plays"),
                        rs.getInt("likes"),
                        rs.getInt("dislikes"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    @Transactional
    UserAccount setModerator(UUID id, boolean moderator, CurrentUser admin) {
        protect(id, admin);
        UserAccount account = users.setModerator(id, moderator).orElseThrow(() -> NotFoundException.forId("user", id));
        log.record(admin, moderator ? Action.GRANT_MODERATOR : Action.REVOKE_MODERATOR, null, id, null, null);
        return account;
    }

    @Transactional
    UserAccount disable(UUID id, CurrentUser admin) {
        protect(id, admin);
        UserAccount account = users.disable(id).orElseThrow(() -> NotFoundException.forId("user", id));
        log.record(admin, Action.DISABLE_USER, null, id, null, account.username());
        return account;
    }

    @Transactional
    UserAccount enable(UUID id, CurrentUser admin) {
        protect(id, admin);
        UserAccount account = users.enable(id).orElseThrow(() -> NotFoundException.forId("user", id));
        log.record(admin, Action.ENABLE_USER, null, id, null, account.username());
        return account;
    }

    @Transactional
    void delete(UUID id, CurrentUser admin) {
        protect(id, admin);
        UserAccount account = users.get(id).orElseThrow(() -> NotFoundException.forId("user", id));
        users.delete(id);
        log.record(admin, Action.DELETE_USER, null, id, null, account.username());
    }

    private void protect(UUID id, CurrentUser admin) {
        require(admin);
        if (admin.id().equals(id) || users.isConfiguredAdmin(id)) {
            throw new CommunityExceptions.ProtectedAccount();
        }
    }

    private static void require(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new CommunityExceptions.NotAllowed();
        }
    }
}
