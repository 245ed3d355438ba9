package io.quizhall.hunt;

import static io.quizhall.hunt.HuntFixtures.createHunt;
import static io.quizhall.hunt.HuntFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Concurrently;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The HUNT_STARTING notice is queued once per start, however many nodes' timers claim it at once. */
@IntegrationTest
class HuntNoticeTests {

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    HuntStartingNotices notices;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void concurrentTimersQueueTheStartingNoticeOnceAndAgainForAMovedStart() throws Exception {
        var platform =
                accounts.newAdmin().post("/api/v1/admin/notification-platforms", """
                        {"kind": "WEBHOOK", "name": "Notices %s"}""".formatted(UUID.randomUUID()));
        assertThat(platform.status()).as(platform.body()).isEqualTo(201);
        var organiser = accounts.newUser();
        Instant start = Instant.now().plus(Duration.ofHours(5));
        UUID hunt = createHunt(organiser, start, start.plus(Duration.ofHours(1)), 1, "");
        var player = accounts.newUser();
        team(player, hunt, "Punctual");
        var subscription = player.post("/api/v1/notification-subscriptions", """
                {"platformId": "%s", "type": "HUNT_STARTING", "huntId": "%s", "url": "https://93.184.216.34/hook"}""".formatted(
                        platform.json().get("id").asString(), hunt));
        assertThat(subscription.status()).as(subscription.body()).isEqualTo(201);
        UUID subscriptionId = UUID.fromString(subscription.json().get("id").asString());

        clock.freeze();
        clock.advance(Duration.ofHours(5).minus(Duration.ofMinutes(5)));
        List<Callable<Integer>> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(notices::notifyDue);
        }
        Concurrently.run(nodes);
        notices.notifyDue();
        assertThat(deliveries(subscriptionId)).isEqualTo(1);

        notices.notifyDue();
        assertThat(deliveries(subscriptionId)).as("told once for this start").isEqualTo(1);

        Instant later = start.plus(Duration.ofHours(1));
        var moved = organiser.put(
                "/api/v1/hunts/" + hunt, HuntFixtures.hunt("Moved", later, later.plus(Duration.ofHours(1)), 1, ""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        notices.notifyDue();
        assertThat(deliveries(subscriptionId))
                .as("the new start is more than the notice away")
                .isEqualTo(1);
        clock.advance(Duration.ofMinutes(55));
        notices.notifyDue();
        notices.notifyDue();
        assertThat(deliveries(subscriptionId))
                .as("told again, once, for the moved start")
                .isEqualTo(2);

        clock.advance(Duration.ofMinutes(10));
        notices.notifyDue();
        assertThat(deliveries(subscriptionId)).as("the hunt has started").isEqualTo(2);
    }

    private long deliveries(UUID subscription) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM notification_deliveries WHERE subscription_id = ? AND event_type = 'HUNT_STARTING'",
                Long.class,
                subscription);
    }
}
