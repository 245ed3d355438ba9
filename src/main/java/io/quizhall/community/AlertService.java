package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.community.CommunityPayloads.AlertRequest;
import io.quizhall.community.CommunityPayloads.ReportReceived;
import io.quizhall.event.EventPayloads.EventDetails;
import io.quizhall.event.EventService;
import io.quizhall.game.GameLookup;
import io.quizhall.results.GameResultService;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RateLimiter;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants' alerts: a signed-in user reports a scheduled event or a game to the moderators. The report joins
 * the moderators' queue and the audit trail in one transaction; one open report per reporter and target (the
 * database's partial unique index decides between concurrent ones), and the same daily limit as quiz reports.
 */
@Service
class AlertService {

    private final EventService events;
    private final GameLookup games;
    private final GameResultService results;
    private final AuditTrail audit;
    private final RateLimiter rateLimiter;
    private final CommunityProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AlertService(
            EventService events,
            GameLookup games,
            GameResultService results,
            AuditTrail audit,
            RateLimiter rateLimiter,
            CommunityProperties properties,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.events = events;
        this.games = games;
        this.results = results;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Target(QuizReport.Target kind, UUID id, String title, UUID ownerId) {}

    /** Files an alert, or returns the reporter's open one about the same target (then nothing new is written). */
    ReportReceived alert(AlertRequest request, CurrentUser user) {
        Target target = target(request, user);
        if (target.ownerId().equals(user.id())) {
            throw new ApiException(ProblemType.CONFLICT, "You cannot report your own event or game.");
        }
        rateLimiter.consumeOrThrow(
                "community:report:" + user.id(),
                new RateLimiter.Limit(properties.reportsPerDay(), CommunityProperties.REPORT_PERIOD),
                "You have sent too many reports today; try again later.");
        String comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        return transactions.execute(status -> {
            UUID id = UUID.randomUUID();
            // Nothing is inserted while the reporter has an open report of this target; the index serialises
            // concurrent inserts, so exactly one of them writes the report and its audit entry.
            int inserted = jdbc.sql("""
                            INSERT INTO quiz_report (id, target_kind, target_id, target_title, reporter_id, reason,
                                                     comment, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (target_kind, target_id, reporter_id) WHERE resolved_at IS NULL DO NOTHING""")
                    .params(
                            id,
                            target.kind().name(),
                            target.id(),
                            target.title(),
                            user.id(),
                            request.reason().name(),
                            comment,
                            Timestamp.from(clock.instant()))
                    .update();
            if (inserted == 0) {
                return new ReportReceived(jdbc.sql("SELECT id FROM quiz_report WHERE target_kind = ? AND target_id = ?"
                                + " AND reporter_id = ? AND resolved_at IS NULL")
                        .params(target.kind().name(), target.id(), user.id())
                        .query(UUID.class)
                        .single());
            }
            String kind = target.kind().name().toLowerCase(Locale.ROOT);
            audit.record(
                    user,
                    "alert." + kind,
                    kind,
                    target.id(),
                    Map.of("report", id.toString(), "reason", request.reason().name()));
            return new ReportReceived(id);
        });
    }

    /** The event or game reported, if the reporter may see it: a published event, a running or finished game. */
    private Target target(AlertRequest request, CurrentUser user) {
        UUID id = request.id();
        String pin = request.pin() == null || request.pin().isBlank()
                ? null
                : request.pin().strip();
        return switch (request.kind()) {
            case EVENT -> {
                if (id == null) {
                    throw InvalidFieldsException.of("id", "must not be null");
                }
                EventDetails event = events.read(id, user);
                yield new Target(QuizReport.Target.EVENT, event.id(), event.title(), event.organiserId());
            }
            case GAME -> {
                if ((id == null) == (pin == null)) {
                    throw InvalidFieldsException.of("id", "give either the game's id or its PIN");
                }
                yield game(id, pin);
            }
        };
    }

    private Target game(@Nullable UUID id, @Nullable String pin) {
        var running = id != null ? games.running(id) : games.runningByPin(pin);
        if (running.isPresent()) {
            var game = running.get();
            return new Target(QuizReport.Target.GAME, game.gameId(), game.title(), game.hostId());
        }
        if (id != null) {
            var finished = results.finished(id);
            if (finished.isPresent()) {
                var game = finished.get();
                return new Target(QuizReport.Target.GAME, game.gameId(), game.title(), game.hostId());
            }
        }
        throw new NotFoundException("No such game.");
    }
}
