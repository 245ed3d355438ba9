package io.quizhall.hunt;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the unlock rules of teams whose next timed change has come ({@code hunt_teams.next_evaluation_at}),
 * on every node: each team in its own transaction, claimed with {@code FOR UPDATE SKIP LOCKED} so two nodes never
 * wait for each other and never evaluate one team at once. A team whose evaluation fails (a hunt's broken rules,
 * a deleted puzzle) is logged and tried again later; it never stops the other teams and hunts.
 */
@Component
class HuntTimer {

    private static final Logger log = LoggerFactory.getLogger(HuntTimer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HuntAccess access;
    private final HuntRepository hunts;
    private final TeamRepository teams;
    private final UnlockEvaluation evaluation;
    private final HuntProperties properties;

    HuntTimer(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            HuntAccess access,
            HuntRepository hunts,
            TeamRepository teams,
            UnlockEvaluation evaluation,
            HuntProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.access = access;
        this.hunts = hunts;
        this.teams = teams;
        this.evaluation = evaluation;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${quizhall.hunt.evaluation-interval:5s}",
            initialDelayString = "${quizhall.hunt.evaluation-interval:5s}")
    void run() {
        try {
            evaluateDue();
        } catch (RuntimeException failure) {
            log.warn("Hunt unlock evaluation round failed; the next round tries again", failure);
        }
    }

    /** Evaluates the teams that are due now; returns how many were evaluated. */
    int evaluateDue() {
        Instant now = access.now();
        List<UUID> due = jdbc.sql("""
            SELECT id FROM hunt_teams WHERE next_evaluation_at <= ?
            ORDER BY next_evaluation_at LIMIT ?\
            """)
                .params(Timestamp.from(now), properties.evaluationBatch())
                .query(UUID.class)
                .list();
        int evaluated = 0;
        for (UUID team : due) {
            try {
                Boolean done = transactions.execute(status -> evaluate(team, now));
                if (Boolean.TRUE.equals(done)) {
                    evaluated++;
                }
            } catch (RuntimeException failure) {
                log.warn("Unlock rules of team {} could not be evaluated; trying again later", team, failure);
                postpone(team, now.plus(properties.retryAfterFailure()));
            }
        }
        return evaluated;
    }

    /** One team, if no other node holds it and it is still due. */
    private boolean evaluate(UUID teamId, Instant now) {
        boolean claimed = jdbc.sql("""
            SELECT id FROM hunt_teams WHERE id = ? AND next_evaluation_at <= ? FOR UPDATE SKIP LOCKED\
            """)
                .params(teamId, Timestamp.from(now))
                .query(UUID.class)
                .optional()
                .isPresent();
        if (!claimed) {
            return false;
        }
        HuntTeam team = teams.findById(teamId).orElseThrow();
        Hunt hunt = hunts.findById(team.huntId()).orElseThrow();
        if (hunt.archived()) {
            team.retryEvaluationAt(null);
            return false;
        }
        if (!hunt.playing(team.playtester(), now)) {
            // Not (or no longer) playing: again when the team starts playing, if it ever will.
            team.retryEvaluationAt(hunt.nextPlayStart(team.playtester(), now));
            return false;
        }
        evaluation.evaluate(hunt, team, now);
        return true;
    }

    private void postpone(UUID team, Instant at) {
        try {
            transactions.executeWithoutResult(
                    status -> jdbc.sql("UPDATE hunt_teams SET next_evaluation_at = ? WHERE id = ?")
                            .params(Timestamp.from(at), team)
                            .update());
        } catch (RuntimeException failure) {
            log.warn("Could not postpone the evaluation of team {}", team, failure);
        }
    }
}
