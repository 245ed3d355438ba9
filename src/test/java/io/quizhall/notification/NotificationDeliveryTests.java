package io.quizhall.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.AccountService;
import io.quizhall.shared.SsrfGuard;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery through the outbox: queued in the caller's transaction, sent once with retries and back-off, picked up
 * again after a node stopped mid-send, never sent twice by workers running at once, and in each platform's shape.
 */
@IntegrationTest
class NotificationDeliveryTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountProperties accountProperties;

    @Autowired
    NotificationProperties properties;

    @Autowired
    ObjectProvider<JavaMailSender> mailSender;

    WebhookTestServer server;

    @BeforeEach
    void start() {
        server = new WebhookTestServer();
    }

    @AfterEach
    void stop() {
        clock.reset();
        server.close();
    }

    private int publish(NotificationType type, UUID huntId, Set<UUID> recipients, String title) {
        return transactions.execute(status -> notifications.publish(
                new NotificationEvent(type, huntId, recipients, title, "Text of " + title, "https://quizhall.test/x")));
    }

    private String status(UUID subscription) {
        return jdbc.queryForObject(
                "SELECT string_agg(status || ':' || attempts, ',') FROM notification_deliveries WHERE subscription_id = ?",
                String.class,
                subscription);
    }

    @Test
    void deliversOnceAfterTwoFailuresWithAVerifiableSignature() throws Exception {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        UUID hunt = NotificationFixtures.hunt(user);
        JsonNode subscription = NotificationFixtures.subscribe(
                user, platform, NotificationType.HINT_ANSWERED, hunt, server.url("/hook"));
        String secret = subscription.get("secret").asString();
        UUID id = UUID.fromString(subscription.get("id").asString());
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        server.answer(500, 503);

        clock.freeze();
        assertThat(publish(
                        NotificationType.HINT_ANSWERED, hunt, Set.of(user.user().id()), "Hint answered"))
                .isEqualTo(1);
        worker.deliverDue();
        assertThat(status(id)).isEqualTo("PENDING:1");
        worker.deliverDue(); // not due yet: the back-off holds it
        assertThat(server.received("/hook")).hasSize(1);
        clock.advance(Duration.ofSeconds(3));
        worker.deliverDue();
        assertThat(status(id)).isEqualTo("PENDING:2");
        clock.advance(Duration.ofSeconds(3));
        worker.deliverDue();
        clock.advance(Duration.ofSeconds(3));
        worker.deliverDue();
        worker.deliverDue();

        assertThat(status(id)).isEqualTo("DELIVERED:3");
        var received = server.received("/hook");
        assertThat(received).extracting(WebhookTestServer.Received::answered).containsExactly(500, 503, 200);
        assertThat(received.stream().map(r -> r.header("Idempotency-Key")).distinct())
                .singleElement()
                .isEqualTo(jdbc.queryForObject(
                        "SELECT id::text FROM notification_deliveries WHERE subscription_id = ?", String.class, id));
        var last = received.get(2);
        String timestamp = last.header("X-Quizhall-Timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(last.body()));
        assertThat(last.header("X-Quizhall-Signature")).isEqualTo(expected);
        assertThat(last.header("X-Quizhall-Event")).isEqualTo("HINT_ANSWERED");
        JsonNode body = json.readTree(last.body());
        assertThat(body.get("title").asString()).isEqualTo("Hint answered");
        assertThat(body.get("huntId").asString()).isEqualTo(hunt.toString());
        assertThat(body.get("id").asString()).isEqualTo(last.header("Idempotency-Key"));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        UUID id = UUID.fromString(
                NotificationFixtures.subscribe(user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/down"))
                        .get("id")
                        .asString());
        server.answer(500, 500, 500, 500, 500);
        clock.freeze();
        publish(NotificationType.ANNOUNCEMENT, null, Set.of(user.user().id()), "Down");
        for (int i = 0; i < 6; i++) {
            worker.deliverDue();
            clock.advance(Duration.ofSeconds(3));
        }
        assertThat(status(id)).isEqualTo("FAILED:4");
        assertThat(server.received("/down")).hasSize(4);
    }

    @Test
    void queuesNothingForARolledBackActionAndOnlyInsideATransaction() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        UUID id = UUID.fromString(NotificationFixtures.subscribe(
                        user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/rollback"))
                .get("id")
                .asString());
        transactions.executeWithoutResult(status -> {
            assertThat(notifications.publish(new NotificationEvent(
                            NotificationType.ANNOUNCEMENT,
                            null,
                            Set.of(user.user().id()),
                            "Rolled back",
                            "",
                            null)))
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(status(id)).isNull();
        assertThatThrownBy(() -> notifications.publish(new NotificationEvent(
                        NotificationType.ANNOUNCEMENT, null, Set.of(user.user().id()), "Outside", "", null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void matchesTypeHuntAndRecipient() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        var other = accounts.newUser();
        UUID hunt = NotificationFixtures.hunt(user);
        NotificationFixtures.subscribe(user, platform, NotificationType.TEAM_SOLVED_PUZZLE, hunt, server.url("/one"));
        NotificationFixtures.subscribe(user, platform, NotificationType.TEAM_SOLVED_PUZZLE, null, server.url("/all"));
        Set<UUID> me = Set.of(user.user().id());

        assertThat(publish(NotificationType.TEAM_SOLVED_PUZZLE, hunt, me, "This hunt"))
                .isEqualTo(2);
        assertThat(publish(NotificationType.TEAM_SOLVED_PUZZLE, UUID.randomUUID(), me, "Other hunt"))
                .isEqualTo(1);
        assertThat(publish(NotificationType.TEAM_SOLVED_PUZZLE, null, me, "No hunt"))
                .isEqualTo(1);
        assertThat(publish(NotificationType.HINT_ANSWERED, hunt, me, "Other type"))
                .isZero();
        assertThat(publish(
                        NotificationType.TEAM_SOLVED_PUZZLE,
                        hunt,
                        Set.of(other.user().id()),
                        "Other user"))
                .isZero();

        accounts.newAdmin().put("/api/v1/admin/notification-platforms/" + platform, """
                {"name": "Paused", "enabled": false}""");
        assertThat(publish(NotificationType.TEAM_SOLVED_PUZZLE, hunt, me, "Disabled platform"))
                .isZero();
        jdbc.update(
                "DELETE FROM notification_deliveries WHERE payload ->> 'title' IN ('This hunt', 'Other hunt', 'No hunt')");
    }

    @Test
    void aDeliveryClaimedByANodeThatStoppedIsSentAfterItsLeaseByAFreshWorker() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        UUID id = UUID.fromString(NotificationFixtures.subscribe(
                        user, platform, NotificationType.HUNT_STARTING, null, server.url("/restart"))
                .get("id")
                .asString());
        clock.freeze();
        publish(NotificationType.HUNT_STARTING, null, Set.of(user.user().id()), "Restart");
        // A node claims the row and stops before sending: nothing of it survives but the row in PostgreSQL.
        assertThat(worker.claimDue()).extracting(DeliveryWorker.Claimed::url).contains(server.url("/restart"));
        assertThat(status(id)).isEqualTo("PENDING:1");
        worker.deliverDue();
        assertThat(server.received("/restart")).isEmpty();

        clock.advance(Duration.ofMinutes(6));
        // The fresh node: a new worker with a new HTTP client, sharing only the database with the stopped one.
        DeliveryWorker restarted = new DeliveryWorker(
                JdbcClient.create(jdbc),
                transactions,
                new WebhookClient(new SsrfGuard(true, List.of("127.0.0.7")), properties),
                mailSender,
                accountService,
                accountProperties,
                properties,
                json,
                clock);
        restarted.deliverDue();
        restarted.deliverDue();
        assertThat(server.received("/restart")).hasSize(1);
        assertThat(status(id)).isEqualTo("DELIVERED:2");
    }

    @Test
    void workersRunningAtOnceSendEachDeliveryOnce() throws Exception {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        List<UUID> recipients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var user = accounts.newUser();
            recipients.add(user.user().id());
            NotificationFixtures.subscribe(user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/many"));
        }
        for (int i = 0; i < 12; i++) {
            assertThat(publish(NotificationType.ANNOUNCEMENT, null, Set.copyOf(recipients), "Many " + i))
                    .isEqualTo(5);
        }
        List<Callable<Integer>> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(() -> {
                int claimed = 0;
                int batch;
                while ((batch = worker.deliverDue()) > 0) {
                    claimed += batch;
                }
                return claimed;
            });
        }
        var pool = Executors.newFixedThreadPool(6);
        try {
            for (var run : pool.invokeAll(nodes)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        var received = server.received("/many");
        assertThat(received).hasSize(60);
        Set<String> keys = new HashSet<>();
        for (var request : received) {
            assertThat(keys.add(request.header("Idempotency-Key")))
                    .as("sent twice")
                    .isTrue();
        }
    }

    @Test
    void claimsRunningAtOnceNeverOverlap() throws Exception {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        UUID id = UUID.fromString(NotificationFixtures.subscribe(
                        user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/claims"))
                .get("id")
                .asString());
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 70; i++) {
                notifications.publish(new NotificationEvent(
                        NotificationType.ANNOUNCEMENT, null, Set.of(user.user().id()), "Claim " + i, "", null));
            }
        });
        List<Callable<List<UUID>>> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            nodes.add(() ->
                    worker.claimDue().stream().map(DeliveryWorker.Claimed::id).toList());
        }
        List<UUID> claimed = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var run : pool.invokeAll(nodes)) {
                claimed.addAll(run.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(claimed).doesNotHaveDuplicates();
        List<UUID> mine = jdbc.queryForList(
                "SELECT id FROM notification_deliveries WHERE subscription_id = ? AND attempts = 1", UUID.class, id);
        assertThat(claimed).containsAll(mine);
        assertThat(mine).isNotEmpty();
        // Leave nothing due for the other tests: these rows were only for the claim race.
        jdbc.update("DELETE FROM notification_deliveries WHERE subscription_id = ?", id);
    }

    @Test
    void removesFinishedDeliveriesAfterTheRetentionButKeepsPendingOnes() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        UUID id = UUID.fromString(NotificationFixtures.subscribe(
                        user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/retention"))
                .get("id")
                .asString());
        publish(NotificationType.ANNOUNCEMENT, null, Set.of(user.user().id()), "Delivered long ago");
        worker.deliverDue();
        server.answer(500);
        publish(NotificationType.ANNOUNCEMENT, null, Set.of(user.user().id()), "Still waiting");
        worker.deliverDue();
        assertThat(status(id)).contains("DELIVERED:1").contains("PENDING:1");

        worker.removeFinished();
        assertThat(status(id)).contains("DELIVERED:1");
        clock.freeze();
        clock.advance(Duration.ofDays(31));
        worker.removeFinished();
        assertThat(status(id)).isEqualTo("PENDING:1");
        jdbc.update("DELETE FROM notification_deliveries WHERE subscription_id = ?", id);
    }

    @Test
    void sendsTheDiscordShapeWithoutPingingAnyone() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.DISCORD);
        var user = accounts.newUser();
        JsonNode subscription = NotificationFixtures.subscribe(
                user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/discord"));
        assertThat(subscription.has("secret")).isFalse();
        transactions.executeWithoutResult(status -> notifications.publish(new NotificationEvent(
                NotificationType.ANNOUNCEMENT,
                null,
                Set.of(user.user().id()),
                "Puzzle *7* fixed",
                "@everyone the answer check was wrong",
                "https://quizhall.test/hunts/1")));
        worker.deliverDue();

        var received = server.received("/discord");
        assertThat(received).hasSize(1);
        JsonNode body = json.readTree(received.get(0).body());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("content", "username", "allowed_mentions");
        assertThat(body.get("content").asString())
                .isEqualTo(
                        "**Puzzle \\*7\\* fixed**\n@everyone the answer check was wrong\nhttps://quizhall.test/hunts/1");
        assertThat(body.at("/allowed_mentions/parse").isArray()).isTrue();
        assertThat(body.at("/allowed_mentions/parse").size()).isZero();
        assertThat(received.get(0).header("Idempotency-Key")).isNotBlank();
        assertThat(received.get(0).header("X-Quizhall-Signature")).isNull();
    }

    @Test
    void sendsEmailToTheVerifiedAddress() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.EMAIL);
        var user = accounts.newUser();
        UUID id = UUID.fromString(
                NotificationFixtures.subscribe(user, platform, NotificationType.HUNT_STARTING, null, null)
                        .get("id")
                        .asString());
        String title = "Hunt starts " + UUID.randomUUID();
        publish(NotificationType.HUNT_STARTING, null, Set.of(user.user().id()), title);
        worker.deliverDue();

        assertThat(status(id)).isEqualTo("DELIVERED:1");
        var mail = accounts.awaitMail(user.user().email(), Pattern.compile("Text of " + Pattern.quote(title)));
        assertThat(mail.group()).isNotEmpty();
        assertThat(accounts.mails(user.user().email()))
                .anySatisfy(text ->
                        assertThat(text).startsWith("[Quizhall] " + title).contains("https://quizhall.test/x"));
    }
}
