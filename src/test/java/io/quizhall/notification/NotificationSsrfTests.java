package io.quizhall.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.shared.SsrfGuard;
import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The SSRF guard: webhook URLs that point at loopback, private, link-local (the cloud metadata address) or other
 * local addresses are refused when saved and again when sent (a name that changed its answer), plain http is refused
 * unless configured, and redirects are not followed.
 */
@IntegrationTest
class NotificationSsrfTests {

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
    NotificationSubscriptionRepository subscriptions;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://127.0.0.1:8443/hook",
                "https://[::1]/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://10.0.0.1/hook",
                "https://172.16.5.4/hook",
                "https://192.168.1.1/hook",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://[::ffff:169.254.169.254]/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://224.0.0.1/hook",
                "https://localhost/hook",
                "https://2130706433/hook",
                "ftp://example.com/hook",
                "https://user:pass@example.com/hook",
                "not a url"
            })
    void refusesAWebhookUrlThatPointsAtALocalAddress(String url) {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var response = accounts.newUser().post("/api/v1/notification-subscriptions", """
                {"platformId": "%s", "type": "ANNOUNCEMENT", "url": "%s"}""".formatted(platform, url));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("url");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void refusesPlainHttpUnlessConfigured() {
        var httpsOnly = new SsrfGuard(false, List.of());
        assertThatThrownBy(() -> httpsOnly.parse("http://example.com/hook"))
                .isInstanceOfSatisfying(
                        SsrfGuard.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("scheme"));
        assertThatNoException().isThrownBy(() -> httpsOnly.parse("https://example.com/hook"));
        assertThatNoException().isThrownBy(() -> new SsrfGuard(true, List.of()).parse("http://example.com/hook"));
    }

    @Test
    void theTestingExemptionCoversOnlyItsOwnAddress() throws Exception {
        var guard = new SsrfGuard(true, List.of("127.0.0.7"));
        assertThat(guard.resolve("127.0.0.7")).hasSize(1);
        for (String local : new String[] {"127.0.0.1", "::1", "localhost", "169.254.169.254", "10.0.0.1"}) {
            assertThatThrownBy(() -> guard.resolve(local)).as(local).isInstanceOf(SsrfGuard.Refused.class);
        }
        assertThatThrownBy(() -> new SsrfGuard(true, List.of("example.com")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classifiesAddressRanges() throws Exception {
        for (String forbidden : new String[] {
            "127.0.0.1",
            "127.255.255.254",
            "::1",
            "::",
            "0.0.0.0",
            "10.255.0.1",
            "172.31.255.255",
            "192.168.0.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "224.0.0.251",
            "255.255.255.255",
            "fc00::1",
            "fdff::1",
            "fe80::1",
            "ff02::1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:0001::1",
            "198.18.0.1",
            "192.0.0.1"
        }) {
            assertThat(SsrfGuard.isForbidden(InetAddress.getByName(forbidden)))
                    .as(forbidden)
                    .isTrue();
        }
        for (String allowed : new String[] {
            "93.184.216.34",
            "8.8.8.8",
            "100.63.255.255",
            "100.128.0.1",
            "172.15.0.1",
            "172.32.0.1",
            "2606:4700::1111",
            "64:ff9b::808:808",
            "2002:0808:0808::1"
        }) {
            assertThat(SsrfGuard.isForbidden(InetAddress.getByName(allowed)))
                    .as(allowed)
                    .isFalse();
        }
    }

    @Test
    void reChecksTheAddressWhenSending() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        try (var server = new WebhookTestServer()) {
            UUID id = UUID.fromString(NotificationFixtures.subscribe(
                            user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/rebound"))
                    .get("id")
                    .asString());
            // The name now answers with a loopback address (DNS rebinding), which stands in here for a changed answer.
            String rebound = server.url("/rebound").replace("127.0.0.7", "localhost");
            jdbc.update("UPDATE notification_subscriptions SET url = ? WHERE id = ?", rebound, id);
            transactions.executeWithoutResult(status -> notifications.publish(new NotificationEvent(
                    NotificationType.ANNOUNCEMENT, null, Set.of(user.user().id()), "Rebound", "", null)));
            worker.deliverDue();

            assertThat(jdbc.queryForMap(
                            "SELECT status, last_error FROM notification_deliveries WHERE subscription_id = ?", id))
                    .containsEntry("status", "FAILED")
                    .containsEntry("last_error", "refused: forbidden-address");
            assertThat(server.received("/rebound")).isEmpty();
        }
    }

    @Test
    void doesNotFollowRedirects() {
        UUID platform = NotificationFixtures.platform(accounts, PlatformKind.WEBHOOK);
        var user = accounts.newUser();
        try (var server = new WebhookTestServer()) {
            UUID id = UUID.fromString(NotificationFixtures.subscribe(
                            user, platform, NotificationType.ANNOUNCEMENT, null, server.url("/moved"))
                    .get("id")
                    .asString());
            server.redirectTo(server.url("/elsewhere"));
            server.answer(302);
            transactions.executeWithoutResult(status -> notifications.publish(new NotificationEvent(
                    NotificationType.ANNOUNCEMENT, null, Set.of(user.user().id()), "Moved", "", null)));
            worker.deliverDue();

            assertThat(server.received("/moved")).hasSize(1);
            assertThat(server.received("/elsewhere")).isEmpty();
            assertThat(jdbc.queryForObject(
                            "SELECT status || ' ' || last_error FROM notification_deliveries WHERE subscription_id = ?",
                            String.class,
                            id))
                    .startsWith("FAILED HTTP 302")
                    .endsWith("(redirects are not followed)");
        }
    }
}
