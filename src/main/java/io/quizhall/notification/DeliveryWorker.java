package io.quizhall.notification;

import io.quizhall.account.AccountProperties;
import io.quizhall.account.AccountService;
import io.quizhall.notification.DeliveryMessages.Message;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends queued deliveries; every node runs it. A run claims due rows with {@code FOR UPDATE SKIP LOCKED} in a short
 * transaction that also leases them (moves {@code next_attempt_at} forward by {@code claim-lease} and counts the
 * attempt), so two nodes never claim the same row, and no row stays locked while a network call runs. After sending
 * it marks the row delivered, due again after a back-off with jitter, or failed for good; the mark applies only if
 * the row still carries this attempt. A node that dies mid-send leaves its rows to be claimed again once the lease
 * ends: delivery is at least once, and the {@code Idempotency-Key} header (the delivery's id) lets a receiver drop a
 * repeat.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final WebhookClient webhooks;
    private final @Nullable JavaMailSender mail;
    private final AccountService accounts;
    private final AccountProperties accountProperties;
    private final NotificationProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryWorker(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            WebhookClient webhooks,
            ObjectProvider<JavaMailSender> mail,
            AccountService accounts,
            AccountProperties accountProperties,
            NotificationProperties properties,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.webhooks = webhooks;
        this.mail = mail.getIfAvailable();
        this.accounts = accounts;
        this.accountProperties = accountProperties;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** A claimed delivery with what sending it needs; {@code attempt} counts this one. */
    record Claimed(
            UUID id,
            int attempt,
            Message message,
            UUID userId,
            @Nullable String url,
            @Nullable String secret,
            PlatformKind kind,
            boolean platformEnabled) {}

    enum Result {
        DELIVERED,
        RETRY,
        FAILED
    }

    record Attempt(Result result, @Nullable String error) {}

    @Scheduled(
            fixedDelayString = "${quizhall.notification.poll-interval:10s}",
            initialDelayString = "${quizhall.notification.poll-interval:10s}")
    void run() {
        try {
            // A full batch suggests more are due: keep going, a batch at a time.
            while (deliverDue() == properties.batchSize()) {
                log.debug("More notification deliveries due");
            }
            removeFinished();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the rows wait for the next run.
            log.warn("Notification deliveries could not be processed this time: {}", e.toString());
        }
    }

    /** Claims the due deliveries and sends them; returns how many this call claimed. */
    int deliverDue() {
        List<Claimed> claimed = claimDue();
        for (Claimed delivery : claimed) {
            finish(delivery, send(delivery));
        }
        return claimed.size();
    }

    /** Deletes delivered and failed deliveries older than {@code retention}; returns how many. */
    int removeFinished() {
        return jdbc.sql("DELETE FROM notification_deliveries WHERE status <> 'PENDING' AND created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.retention())))
                .update();
    }

    /** Claims and leases at most {@code batch-size} due deliveries in one short transaction. */
    List<Claimed> claimDue() {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql("""
                        WITH due AS (
                          SELECT id FROM notification_deliveries
                          WHERE status = 'PENDING' AND next_attempt_at <= :now
                          ORDER BY next_attempt_at
                          LIMIT :batch
                          FOR UPDATE SKIP LOCKED)
                        UPDATE notification_deliveries d
                        SET attempts = d.attempts + 1, next_attempt_at = :lease
                        FROM due, notification_subscriptions s, notification_platforms p
                        WHERE d.id = due.id AND s.id = d.subscription_id AND p.id = s.platform_id
                        RETURNING d.id, d.attempts, d.payload::text, s.user_id, s.url, s.secret, p.kind, p.enabled""")
                .param("now", Timestamp.from(now))
                .param("batch", properties.batchSize())
                .param("lease", Timestamp.from(now.plus(properties.claimLease())))
                .query((rs, n) -> new Claimed(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        json.readValue(rs.getString(3), Message.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        PlatformKind.valueOf(rs.getString(7)),
                        rs.getBoolean(8)))
                .list());
    }

    Attempt send(Claimed delivery) {
        if (!delivery.platformEnabled()) {
            return new Attempt(Result.FAILED, "the platform was disabled");
        }
        return switch (delivery.kind()) {
            case EMAIL -> email(delivery);
            case WEBHOOK, DISCORD -> webhook(delivery);
        };
    }

    private Attempt email(Claimed delivery) {
        JavaMailSender smtp = mail;
        if (smtp == null) {
            return new Attempt(Result.FAILED, "no SMTP server is configured");
        }
        Optional<String> address = accounts.verifiedEmailOf(delivery.userId());
        if (address.isEmpty()) {
            return new Attempt(Result.FAILED, "the account has no verified e-mail address");
        }
        var message = new SimpleMailMessage();
        message.setFrom(accountProperties.mailFrom());
        message.setTo(address.get());
        message.setSubject(DeliveryMessages.mailSubject(delivery.message()));
        message.setText(DeliveryMessages.mailText(delivery.message()));
        try {
            smtp.send(message);
            return new Attempt(Result.DELIVERED, null);
        } catch (MailException e) {
            return new Attempt(Result.RETRY, "SMTP: " + e.getClass().getSimpleName());
        }
    }

    private Attempt webhook(Claimed delivery) {
        String url = java.util.Objects.requireNonNull(delivery.url());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DeliveryMessages.IDEMPOTENCY_KEY, delivery.id().toString());
        headers.put(DeliveryMessages.DELIVERY, delivery.id().toString());
        headers.put(DeliveryMessages.EVENT, delivery.message().type());
        byte[] body;
        if (delivery.kind() == PlatformKind.DISCORD) {
            body = DeliveryMessages.discordBody(delivery.message(), json);
        } else {
            body = DeliveryMessages.webhookBody(delivery.id(), delivery.message(), json);
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            headers.put(DeliveryMessages.TIMESTAMP, timestamp);
            headers.put(
                    DeliveryMessages.SIGNATURE,
                    DeliveryMessages.signature(java.util.Objects.requireNonNull(delivery.secret()), timestamp, body));
        }
        WebhookClient.Outcome outcome = webhooks.post(url, body, headers);
        if (outcome.delivered()) {
            return new Attempt(Result.DELIVERED, null);
        }
        int status = outcome.status();
        boolean permanent = outcome.refused() || (status >= 300 && status < 500 && status != 408 && status != 429);
        String error =
                status >= 300 && status < 400 ? outcome.detail() + " (redirects are not followed)" : outcome.detail();
        return new Attempt(permanent ? Result.FAILED : Result.RETRY, error);
    }

    /** Records the attempt's result, unless the row was claimed again meanwhile (its lease ran out). */
    void finish(Claimed delivery, Attempt attempt) {
        Instant now = clock.instant();
        Result result = attempt.result() == Result.RETRY && delivery.attempt() >= properties.maxAttempts()
                ? Result.FAILED
                : attempt.result();
        String error = attempt.error() == null
                ? null
                : attempt.error()
                        .substring(0, Math.min(MAX_ERROR, attempt.error().length()));
        int updated = jdbc.sql("""
                        UPDATE notification_deliveries
                        SET status = :status, next_attempt_at = :next, last_error = :error,
                            delivered_at = CASE WHEN :status = 'DELIVERED' THEN CAST(:now AS timestamptz) END
                        WHERE id = :id AND attempts = :attempt AND status = 'PENDING'""")
                .param("status", result == Result.RETRY ? "PENDING" : result.name())
                .param("next", Timestamp.from(result == Result.RETRY ? now.plus(backoff(delivery.attempt())) : now))
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("id", delivery.id())
                .param("attempt", delivery.attempt())
                .update();
        if (updated == 0) {
            log.info(
                    "Notification delivery {} was claimed again before attempt {} finished",
                    delivery.id(),
                    delivery.attempt());
        } else if (result == Result.FAILED) {
            log.info("Notification delivery {} failed after {} attempts: {}", delivery.id(), delivery.attempt(), error);
        }
    }

    /**
     * The wait after the {@code attempt}-th failure: {@code initial-backoff} doubled per earlier failure, at most
     * {@code max-backoff}, then a random point in its upper half (jitter, so receivers that were down are not all
     * retried at the same moment).
     */
    Duration backoff(int attempt) {
        long initial = properties.initialBackoff().toMillis();
        long max = properties.maxBackoff().toMillis();
        long delay = initial << Math.min(Math.max(attempt - 1, 0), 30);
        if (delay <= 0 || delay > max) {
            delay = max;
        }
        long half = delay / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(delay - half + 1));
    }
}
