package io.quizhall.quiz;

import io.quizhall.shared.SecureTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers in Redis who has viewed a public quiz today, so a view counts once per viewer and UTC day, however
 * often the page reloads. One key per quiz, viewer and day; each expires after a day.
 *
 * <p>The viewer part of the key is an HMAC of {@link Viewer#key()} under a random salt of the day, shared by all
 * nodes through Redis and forgotten after two days. An anonymous viewer's key is derived from their address and
 * user agent; with a salt that nobody keeps, not even yesterday's keys can be traced back to an address by trying
 * every IPv4 address. No address is stored anywhere.
 */
@Component
class QuizViews {

    private static final Logger log = LoggerFactory.getLogger(QuizViews.class);
    static final Duration REMEMBER = Duration.ofDays(1);
    private static final Duration SALT_LIFETIME = Duration.ofDays(2);

    private final StringRedisTemplate redis;
    private final Clock clock;

    private volatile LocalDate saltDay = LocalDate.MIN;
    private volatile byte[] salt = new byte[0];

    QuizViews(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** True exactly once per quiz, viewer and day. False while Redis is unreachable: better to miss a view. */
    boolean firstToday(UUID quizId, Viewer viewer) {
        try {
            return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key(quizId, viewer), "1", REMEMBER));
        } catch (DataAccessException e) {
            log.warn("Not counting a view of quiz {}: Redis is unavailable", quizId);
            return false;
        }
    }

    String key(UUID quizId, Viewer viewer) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return "qh:quiz:{" + quizId + "}:viewed:" + pseudonym(viewer, today) + ":" + today;
    }

    private String pseudonym(Viewer viewer, LocalDate day) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(saltOf(day), "HmacSHA256"));
            byte[] digest = mac.doFinal(viewer.key().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** The day's salt: the first node to need it draws it, every other node reads the same one. */
    private byte[] saltOf(LocalDate day) {
        if (day.equals(saltDay)) {
            return salt;
        }
        String key = "qh:views:salt:" + day;
        redis.opsForValue().setIfAbsent(key, SecureTokens.newToken(), SALT_LIFETIME);
        String value = redis.opsForValue().get(key);
        if (value == null) {
            throw new IllegalStateException("The view salt of " + day + " vanished right after it was set");
        }
        byte[] found = value.getBytes(StandardCharsets.UTF_8);
        salt = found;
        saltDay = day;
        return found;
    }
}
