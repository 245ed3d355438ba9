package io.quizhall.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders before a session: sent once to each registered player who wants them, also when several nodes run the
 * reminder job at the same moment (here: eight runs at once), and not for sessions further away.
 */
@IntegrationTest
class EventReminderTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventReminders reminders;

    @Test
    void eachRegisteredPlayerIsRemindedOnceHoweverManyNodesLook() throws Exception {
        var organiser = accounts.newUser();
        String title = "Reminded " + java.util.UUID.randomUUID().toString().substring(0, 8);
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Instant later = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String id = organiser
                .post("/api/v1/events", """
                        {"title": "%s", "capacity": 10, "sessions": [
                          {"startsAt": "%s", "endsAt": "%s"}, {"startsAt": "%s", "endsAt": "%s"}]}""".formatted(
                                title, soon, soon.plus(1, ChronoUnit.HOURS), later, later.plus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        organiser.post("/api/v1/events/" + id + "/publish", "{}");
        var ann = accounts.newUser();
        var ben = accounts.newUser();
        var quiet = accounts.newUser();
        ann.post("/api/v1/events/" + id + "/registration", "{}");
        ben.post("/api/v1/events/" + id + "/registration", "");
        assertThat(quiet.post("/api/v1/events/" + id + "/registration", "{\"remind\": false}")
                        .json()
                        .get("me")
                        .get("remind")
                        .asBoolean())
                .isFalse();

        List<Callable<Integer>> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            nodes.add(reminders::sendDue);
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var run : pool.invokeAll(nodes)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.sendDue();

        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM event_reminders m JOIN event_sessions s ON s.id = m.session_id
                        WHERE s.event_id = ?::uuid""", Integer.class, id))
                .as("the session an hour away, for the two who want reminders; not the one in five days")
                .isEqualTo(2);
        for (var player : List.of(ann, ben)) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> reminders(player.user().email(), title) == 1);
        }
        Thread.sleep(500);
        assertThat(reminders(ann.user().email(), title)).isEqualTo(1);
        assertThat(reminders(ben.user().email(), title)).isEqualTo(1);
        assertThat(reminders(quiet.user().email(), title)).isZero();
    }

    private static long reminders(String address, String title) {
        return Arrays.stream(TestSmtp.server().getReceivedMessagesForDomain(address))
                .filter(message -> subject(message).equals("Reminder: " + title))
                .count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
