package io.quizhall.hunt;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes each frozen board's snapshot at its freeze instant, on every node every {@code evaluation-interval}: the
 * first insert wins ({@code ON CONFLICT}), so a freeze is snapshotted once however many nodes run. Solves are
 * counted as of the freeze instant whenever the snapshot is taken; points and hints are those of the moment it is
 * taken, at most one interval after the freeze (or at a player's first look at the frozen board, if earlier).
 */
@Component
class HuntBoardTimer {

    private static final Logger log = LoggerFactory.getLogger(HuntBoardTimer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HuntAccess access;
    private final HuntBoardService boards;

    HuntBoardTimer(JdbcClient jdbc, TransactionTemplate transactions, HuntAccess access, HuntBoardService boards) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.access = access;
        this.boards = boards;
    }

    @Scheduled(
            fixedDelayString = "${quizhall.hunt.evaluation-interval:5s}",
            initialDelayString = "${quizhall.hunt.evaluation-interval:5s}")
    void run() {
        try {
            freezeDue();
        } catch (RuntimeException failure) {
            log.warn("Hunt board round failed; the next round tries again", failure);
        }
    }

    /** Takes the snapshots of boards that froze and have none for their freeze instant; returns how many. */
    int freezeDue() {
        Instant now = access.now();
        record Due(java.util.UUID hunt, Instant freezeAt) {}
        List<Due> due = jdbc.sql("""
            SELECT h.id, h.ends_at - make_interval(mins => r.freeze_minutes) AS freeze_at
            FROM hunts h JOIN hunt_rankings r ON r.hunt_id = h.id
            WHERE r.freeze_minutes IS NOT NULL AND NOT h.archived AND h.ends_at > :now
              AND h.ends_at - make_interval(mins => r.freeze_minutes) <= :now
              AND NOT EXISTS (SELECT 1 FROM hunt_board_snapshots b WHERE b.hunt_id = h.id
                              AND b.frozen_at = h.ends_at - make_interval(mins => r.freeze_minutes))\
            """)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Due(
                        rs.getObject(1, java.util.UUID.class),
                        rs.getTimestamp(2).toInstant()))
                .list();
        int taken = 0;
        for (Due hunt : due) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> boards.take(hunt.hunt(), hunt.freezeAt())))) {
                    taken++;
                    log.info("Froze the board of hunt {} as of {}", hunt.hunt(), hunt.freezeAt());
                }
            } catch (RuntimeException failure) {
                log.warn("Could not freeze the board of hunt {}", hunt.hunt(), failure);
            }
        }
        return taken;
    }
}
