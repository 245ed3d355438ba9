package io.quizhall.hunt;

import io.quizhall.game.LiveTopicAuthoriser;
import io.quizhall.game.LiveTopics;
import io.quizhall.hunt.HuntPayloads.HuntUpdate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The hunts' live feeds on the STOMP endpoint (docs/hunts.md, "Live"): {@code /topic/hunts.{hunt}.teams.{team}}
 * for the team's members and the organisers, {@code /topic/hunts.{hunt}.all} for the organisers. Every SUBSCRIBE is
 * checked here against the database (the game module's interceptor asks); messages go out after their transaction
 * commits, through the game module's fan-out, so subscribers on every node get them and nothing that was rolled
 * back is ever announced.
 */
@Component
class HuntLive implements LiveTopicAuthoriser {

    static final String PREFIX = "/topic/hunts.";
    private static final Pattern TEAM =
            Pattern.compile("^" + Pattern.quote(PREFIX) + "([0-9a-f-]{36})\\.teams\\.([0-9a-f-]{36})$");
    private static final Pattern ALL = Pattern.compile("^" + Pattern.quote(PREFIX) + "([0-9a-f-]{36})\\.all$");
    private static final Logger log = LoggerFactory.getLogger(HuntLive.class);

    private final JdbcClient jdbc;
    private final LiveTopics topics;

    HuntLive(JdbcClient jdbc, LiveTopics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    static String teamTopic(UUID hunt, UUID team) {
        return PREFIX + hunt + ".teams." + team;
    }

    static String allTopic(UUID hunt) {
        return PREFIX + hunt + ".all";
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean maySubscribe(UUID userId, String destination) {
        Matcher team = TEAM.matcher(destination);
        if (team.matches()) {
            UUID hunt = uuid(team.group(1));
            UUID teamId = uuid(team.group(2));
            return hunt != null && teamId != null && (member(userId, hunt, teamId) || organiser(userId, hunt));
        }
        Matcher all = ALL.matcher(destination);
        if (all.matches()) {
            UUID hunt = uuid(all.group(1));
            return hunt != null && organiser(userId, hunt);
        }
        return false;
    }

    private boolean member(UUID user, UUID hunt, UUID team) {
        return jdbc.sql("SELECT count(*) FROM hunt_team_members WHERE team_id = ? AND hunt_id = ? AND user_id = ?")
                        .params(team, hunt, user)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean organiser(UUID user, UUID hunt) {
        return jdbc.sql("""
            SELECT count(*) FROM hunts h WHERE h.id = ? AND (h.owner_id = ?
              OR EXISTS (SELECT 1 FROM hunt_organisers o WHERE o.hunt_id = h.id AND o.user_id = ?))\
            """).params(hunt, user, user).query(Long.class).single() > 0;
    }

    /**
     * Sends one update (an announcement) to several teams' feeds, each copy naming its team, and once to the
     * organisers' feed, after the current transaction commits.
     */
    void afterCommit(HuntUpdate update, java.util.Map<UUID, String> teams) {
        afterCommit(
                () -> {
                    teams.forEach((team, name) -> topics.publish(
                            teamTopic(update.hunt(), team),
                            new HuntUpdate(
                                    update.id(),
                                    update.kind(),
                                    update.hunt(),
                                    team,
                                    name,
                                    update.puzzle(),
                                    update.puzzleName(),
                                    update.username(),
                                    update.text(),
                                    update.outcome(),
                                    update.at())));
                    topics.publish(allTopic(update.hunt()), update);
                },
                update);
    }

    /**
     * Sends the update to its team's feed (unless it is staff-only) and the organisers' feed once the current
     * transaction commits.
     */
    void afterCommit(HuntUpdate update) {
        // How staff handle the hint queue (claims, releases) is for the organisers' feed only.
        boolean toTeam = !HuntLog.Kind.STAFF_ONLY.contains(update.kind());
        afterCommit(
                () -> {
                    if (toTeam && update.team() != null) {
                        topics.publish(teamTopic(update.hunt(), update.team()), update);
                    }
                    topics.publish(allTopic(update.hunt()), update);
                },
                update);
    }

    private void afterCommit(Runnable publish, HuntUpdate update) {
        Runnable send = () -> {
            try {
                publish.run();
            } catch (RuntimeException failure) {
                // The log has it; a live toast lost to an outage is not worth failing the player's request.
                log.warn("Could not send hunt update {} of hunt {}", update.kind(), update.hunt(), failure);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
