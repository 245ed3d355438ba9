package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.community.CommunityPayloads.ActionPage;
import io.quizhall.community.CommunityPayloads.ActionView;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of what moderators and administrators did: who, when, what, to which quiz, account or
 * report. Written in the transaction of the action itself, so an action is never without its entry.
 */
@Component
class ModerationLog {

    /** The actions recorded. */
    enum Action {
        HIDE_QUIZ,
        UNHIDE_QUIZ,
        SET_MOD_RATING,
        RESOLVE_REPORT,
        GRANT_MODERATOR,
        REVOKE_MODERATOR,
        DISABLE_USER,
        ENABLE_USER,
        DELETE_USER
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ModerationLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(
            CurrentUser actor,
            Action action,
            @Nullable UUID quizId,
            @Nullable UUID userId,
            @Nullable UUID reportId,
            @Nullable String detail) {
        jdbc.sql("INSERT INTO moderation_action (actor_id, actor_name, action, quiz_id, user_id, report_id, detail,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        actor.id(),
                        actor.username(),
                        action.name(),
                        quizId,
                        userId,
                        reportId,
                        detail,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    ActionPage page(@Nullable UUID quizId, @Nullable UUID userId, int page, int size) {
        List<ActionView> items = jdbc.sql("SELECT * FROM moderation_action"
                        + " WHERE (CAST(? AS uuid) IS NULL OR quiz_id = ?) AND (CAST(? AS uuid) IS NULL OR user_id = ?)"
                        + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(quizId, quizId, userId, userId, size + 1, (long) page * size)
                .query((rs, row) -> new ActionView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getObject("quiz_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("report_id", UUID.class),
                        rs.getString("detail"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        boolean hasNext = items.size() > size;
        return new ActionPage(hasNext ? items.subList(0, size) : items, page, size, hasNext);
    }
}
