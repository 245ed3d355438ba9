package io.quizhall.hunt;

import io.quizhall.account.AccountService;
import io.quizhall.hunt.HuntPayloads.MemberView;
import io.quizhall.hunt.HuntPayloads.TeamView;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lookups every hunt service shares: the hunt, whether someone organises it, a user's team, a team's view. */
@Component
class HuntAccess {

    private final HuntRepository hunts;
    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;

    HuntAccess(HuntRepository hunts, JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.hunts = hunts;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The server's time, at PostgreSQL's precision, so what is stored compares equal to what was decided. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Hunt hunt(UUID id) {
        return hunts.findById(id).orElseThrow(() -> HuntExceptions.notFound(id));
    }

    /** The hunt, if {@code user} organises it; 403 for everyone else. */
    Hunt organised(UUID id, UUID user) {
        Hunt hunt = hunt(id);
        if (!hunt.isOrganisedBy(user)) {
            throw HuntExceptions.forbidden();
        }
        return hunt;
    }

    Optional<UUID> teamOf(UUID hunt, @Nullable UUID user) {
        if (user == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT team_id FROM hunt_team_members WHERE hunt_id = ? AND user_id = ?")
                .params(hunt, user)
                .query(UUID.class)
                .optional();
    }

    TeamView view(HuntTeam team, boolean withCode) {
        List<MemberView> members = jdbc.sql("""
            SELECT m.user_id, u.username, m.joined_at FROM hunt_team_members m
            JOIN users u ON u.id = m.user_id WHERE m.team_id = ? ORDER BY m.joined_at, u.username\
            """)
                .param(team.id())
                .query((rs, row) -> new MemberView(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("username"),
                        rs.getTimestamp("joined_at").toInstant()))
                .list();
        return new TeamView(
                team.id(),
                team.name(),
                withCode ? team.joinCode() : null,
                team.playtester(),
                team.registrationValue(),
                members,
                team.points(),
                team.hintsEarned(),
                team.finishedAt());
    }

    String username(UUID user) {
        return accounts.usernameOf(user).orElse("");
    }
}
