package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.community.CommunityPayloads.ActionPage;
import io.quizhall.community.CommunityPayloads.Author;
import io.quizhall.community.CommunityPayloads.ModeratedQuiz;
import io.quizhall.community.CommunityPayloads.ReportPage;
import io.quizhall.community.CommunityPayloads.ReportReason;
import io.quizhall.community.CommunityPayloads.ReportTarget;
import io.quizhall.community.CommunityPayloads.ReportView;
import io.quizhall.community.CommunityPayloads.ReportedQuiz;
import io.quizhall.community.ModerationLog.Action;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do: work through the queue of reports, hide and unhide quizzes, give a moderator's rating,
 * resolve reports. Every action is recorded in the {@link ModerationLog} in its own transaction. The security
 * configuration lets only moderators and administrators reach these endpoints; each method checks again.
 */
@Service
class ModerationService {

    /**
     * Reports with what they are about: quiz reports joined to their quiz and its owner, event and game reports
     * (participants' alerts) with the title they were reported with.
     */
    private static final String REPORTS = "SELECT r.*, q.title, q.public, q.hidden, q.mod_rating, q.user_id,"
            + " owner.username AS owner_name, reporter.username AS reporter_name,"
            + " resolver.username AS resolver_name,"
            + " (SELECT count(*) FROM quiz_report o WHERE o.target_kind = r.target_kind AND o.target_id = r.target_id"
            + " AND o.resolved_at IS NULL) AS open_reports"
            + " FROM quiz_report r LEFT JOIN quiz q ON q.id = r.quiz_id LEFT JOIN users owner ON owner.id = q.user_id"
            + " LEFT JOIN users reporter ON reporter.id = r.reporter_id"
            + " LEFT JOIN users resolver ON resolver.id = r.resolved_by";

    private final JdbcClient jdbc;
    private final QuizReportRepository reports;
    private final ModerationLog log;
    private final AuditTrail audit;
    private final Clock clock;

    ModerationService(JdbcClient jdbc, QuizReportRepository reports, ModerationLog log, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reports, oldest first: {@code open} (the queue), {@code resolved} or {@code all}. */
    @Transactional(readOnly = true)
    ReportPage reports(String status, int page, int size, CurrentUser moderator) {
        require(moderator);
        String condition = switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> "r.resolved_at IS NULL";
            case "resolved" -> "r.resolved_at IS NOT NULL";
            case "all" -> "true";
            default -> throw InvalidFieldsException.of("status", "must be open, resolved or all");
        };
        List<ReportView> items = jdbc.sql(
                        REPORTS + " WHERE " + condition + " ORDER BY r.created_at, r.id LIMIT ? OFFSET ?")
                .params(size + 1, (long) page * size)
                .query((rs, row) -> report(rs))
                .list();
        boolean hasNext = items.size() > size;
        return new ReportPage(hasNext ? items.subList(0, size) : items, page, size, hasNext);
    }

    @Transactional
    ModeratedQuiz hide(UUID quizId, String reason, CurrentUser moderator) {
        require(moderator);
        change(quizId, "UPDATE quiz SET hidden = true, hidden_reason = ? WHERE id = ?", reason.strip(), quizId);
        log.record(moderator, Action.HIDE_QUIZ, quizId, null, null, reason.strip());
        return state(quizId);
    }

    @Transactional
    ModeratedQuiz unhide(UUID quizId, CurrentUser moderator) {
        require(moderator);
        change(quizId, "UPDATE quiz SET hidden = false, hidden_reason = NULL WHERE id = ?", quizId);
        log.record(moderator, Action.UNHIDE_QUIZ, quizId, null, null, null);
        return state(quizId);
    }

    @Transactional
    ModeratedQuiz rate(UUID quizId, @Nullable Integer rating, CurrentUser moderator) {
        require(moderator);
        change(quizId, "UPDATE quiz SET mod_rating = ? WHERE id = ?", rating, quizId);
        log.record(
                moderator, Action.SET_MOD_RATING, quizId, null, null, rating == null ? "removed" : rating.toString());
        return state(quizId);
    }

    @Transactional
    ReportView resolve(UUID reportId, @Nullable String resolution, CurrentUser moderator) {
        require(moderator);
        QuizReport report = reports.findById(reportId).orElseThrow(() -> NotFoundException.forId("report", reportId));
        String how = resolution == null || resolution.isBlank() ? null : resolution.strip();
        if (report.resolve(moderator.id(), how, clock.instant())) {
            reports.flush();
            log.record(moderator, Action.RESOLVE_REPORT, report.quizId(), null, report.id(), how);
            if (report.targetKind() != QuizReport.Target.QUIZ) {
                // A participant's alert went into the audit trail; so does its end.
                audit.record(
                        moderator,
                        "alert.resolve",
                        report.targetKind().name().toLowerCase(java.util.Locale.ROOT),
                        report.targetId(),
                        java.util.Map.of("report", report.id().toString(), "resolution", how == null ? "" : how));
            }
        }
        return jdbc.sql(REPORTS + " WHERE r.id = ?")
                .param(reportId)
                .query((rs, row) -> report(rs))
                .single();
    }

    @Transactional(readOnly = true)
    ActionPage actions(@Nullable UUID quizId, @Nullable UUID userId, int page, int size, CurrentUser moderator) {
        require(moderator);
        return log.page(quizId, userId, page, size);
    }

    private void change(UUID quizId, String sql, @Nullable Object... params) {
        if (jdbc.sql(sql).params(params).update() == 0) {
            throw NotFoundException.forId("quiz", quizId);
        }
    }

    private ModeratedQuiz state(UUID quizId) {
        return jdbc.sql("SELECT id, hidden, hidden_reason, mod_rating FROM quiz WHERE id = ?")
                .param(quizId)
                .query((rs, row) -> new ModeratedQuiz(
                        rs.getObject("id", UUID.class),
                        rs.getBoolean("hidden"),
                        rs.getString("hidden_reason"),
                        (Integer) rs.getObject("mod_rating", Integer.class)))
                .single();
    }

    private static ReportView report(ResultSet rs) throws SQLException {
        boolean quiz = rs.getObject("quiz_id") != null;
        return new ReportView(
                rs.getObject("id", UUID.class),
                new ReportTarget(
                        rs.getString("target_kind"),
                        rs.getObject("target_id", UUID.class),
                        quiz ? rs.getString("title") : rs.getString("target_title")),
                !quiz
                        ? null
                        : new ReportedQuiz(
                                rs.getObject("quiz_id", UUID.class),
                                rs.getString("title"),
                                rs.getBoolean("public"),
                                rs.getBoolean("hidden"),
                                (Integer) rs.getObject("mod_rating", Integer.class),
                                new Author(rs.getObject("user_id", UUID.class), rs.getString("owner_name"))),
                rs.getString("reporter_name"),
                ReportReason.valueOf(rs.getString("reason")),
                rs.getString("comment"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("open_reports"),
                instant(rs.getTimestamp("resolved_at")),
                rs.getString("resolver_name"),
                rs.getString("resolution"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static void require(CurrentUser user) {
        if (!user.isModerator()) {
            throw new CommunityExceptions.NotAllowed();
        }
    }
}
