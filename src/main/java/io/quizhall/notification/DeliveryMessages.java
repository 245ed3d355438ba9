package io.quizhall.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shapes of what is sent (docs/notifications.md, "Payloads and headers"): the generic webhook's JSON body and
 * its signature, the Discord-compatible body, and the e-mail text.
 */
final class DeliveryMessages {

    static final String SIGNATURE = "X-Quizhall-Signature";
    static final String TIMESTAMP = "X-Quizhall-Timestamp";
    static final String DELIVERY = "X-Quizhall-Delivery";
    static final String EVENT = "X-Quizhall-Event";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Discord refuses message content longer than this. */
    static final int DISCORD_MAX = 2000;

    private DeliveryMessages() {}

    /** The message of one delivery as stored in its payload column. */
    record Message(
            String type,
            @Nullable String huntId,
            String title,
            String text,
            @Nullable String link,
            String occurredAt) {}

    /** The generic webhook body: the message, with the delivery's id (stable across retries). */
    static byte[] webhookBody(UUID deliveryId, Message message, JsonMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", deliveryId.toString());
        body.put("type", message.type());
        body.put("huntId", message.huntId());
        body.put("title", message.title());
        body.put("text", message.text());
        body.put("link", message.link());
        body.put("occurredAt", message.occurredAt());
        return json.writeValueAsBytes(body);
    }

    /**
     * A Discord-compatible body: the title in bold, the text and the link in {@code content} (cut to Discord's
     * limit), and no mentions parsed, so a text with {@code @everyone} pings nobody.
     */
    static byte[] discordBody(Message message, JsonMapper json) {
        var content =
                new StringBuilder("**").append(escapeMarkdown(message.title())).append("**");
        if (!message.text().isBlank()) {
            content.append('\n').append(message.text());
        }
        if (message.link() != null) {
            content.append('\n').append(message.link());
        }
        String text = content.length() > DISCORD_MAX ? content.substring(0, DISCORD_MAX - 1) + "…" : content.toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", text);
        body.put("username", "Quizhall");
        body.put("allowed_mentions", Map.of("parse", List.of()));
        return json.writeValueAsBytes(body);
    }

    /**
     * The signature header's value: {@code sha256=} and the hex HMAC-SHA256, keyed with the subscription's secret, of
     * the timestamp header's value, a full stop, and the raw body bytes.
     */
    static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JVM has HmacSHA256", e);
        }
    }

    static String mailSubject(Message message) {
        return "[Quizhall] " + message.title().replaceAll("[\\r\\n]+", " ");
    }

    static String mailText(Message message) {
        var text = new StringBuilder(message.text());
        if (message.link() != null) {
            text.append("\n\n").append(message.link());
        }
        text.append("\n\nYou receive this because you subscribed to these notifications. Manage your subscriptions"
                + " on your account page.");
        return text.toString();
    }

    private static String escapeMarkdown(String text) {
        return text.replaceAll("([*_~`|>\\\\])", "\\\\$1");
    }
}
