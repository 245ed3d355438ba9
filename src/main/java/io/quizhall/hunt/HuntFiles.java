package io.quizhall.hunt;

import io.quizhall.storage.FileVisibility;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of a hunt's files storage may hand out, and to whom: a puzzle's pictures and PDF to the members of teams
 * that unlocked it, everything (the solution too) to anyone once the hunt has ended, and every file to the hunt's
 * organisers. The uploader always sees their own files (storage's own rule).
 */
@Component
class HuntFiles implements FileVisibility {

    private final JdbcClient jdbc;
    private final Clock clock;

    HuntFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean visibleTo(UUID fileId, @Nullable UUID viewer) {
        return jdbc.sql("""
                        SELECT count(*) FROM hunt_puzzles p JOIN hunts h ON h.id = p.hunt_id
                        WHERE (jsonb_exists(p.pictures, :file) OR p.pdf_id = CAST(:file AS uuid)
                               OR p.solution_id = CAST(:file AS uuid))
                          AND ((h.ends_at <= :now OR h.archived)
                            OR (CAST(:viewer AS uuid) IS NOT NULL AND (
                                   h.owner_id = CAST(:viewer AS uuid)
                                OR EXISTS (SELECT 1 FROM hunt_organisers o
                                           WHERE o.hunt_id = h.id AND o.user_id = CAST(:viewer AS uuid))
                                OR (p.solution_id IS DISTINCT FROM CAST(:file AS uuid) AND EXISTS (
                                       SELECT 1 FROM hunt_unlocks u JOIN hunt_team_members m ON m.team_id = u.team_id
                                       WHERE u.puzzle_id = p.id AND m.user_id = CAST(:viewer AS uuid))))))""")
                        .param("file", fileId.toString())
                        .param("viewer", viewer == null ? null : viewer.toString())
                        .param("now", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }
}
