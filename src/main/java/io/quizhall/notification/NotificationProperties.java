package io.quizhall.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Notifications ({@code quizhall.notification.*}, docs/configuration.md).
 *
 * @param allowHttp whether webhook URLs may use plain http:// (https:// only by default)
 * @param maxAttempts attempts per delivery before it is marked failed
 * @param initialBackoff the wait after the first failed attempt; doubled after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param pollInterval how often each node looks for due deliveries
 * @param batchSize deliveries one node claims at a time
 * @param claimLease how long a claimed delivery stays with its node; one whose node died is retried after it
 * @param connectTimeout the limit to connect to a webhook
 * @param readTimeout the limit to wait for a webhook's answer
 * @param maxResponseSize how much of a webhook's answer is read at most
 * @param retention how long delivered and failed deliveries are kept (for support questions) before they are deleted
 * @param maxSubscriptionsPerUser subscriptions one account may have
 * @param subscriptionsPerHour subscriptions one account may make per hour (each resolves a URL)
 * @param exemptAddresses IP addresses the SSRF guard lets through though they are local; a testing aid for a
 *     webhook test server on a loopback address, never for production (empty by default)
 */
@ConfigurationProperties("quizhall.notification")
record NotificationProperties(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5m") Duration claimLease,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("4KB") DataSize maxResponseSize,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("50") int maxSubscriptionsPerUser,
        @DefaultValue("30") int subscriptionsPerHour,
        @DefaultValue List<String> exemptAddresses) {

    public NotificationProperties {
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("quizhall.notification.max-attempts and batch-size must be positive");
        }
        exemptAddresses = List.copyOf(exemptAddresses);
    }
}
