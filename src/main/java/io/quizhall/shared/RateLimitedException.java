package io.quizhall.shared;

import java.time.Duration;
import java.util.Map;

/** Too many attempts: the client must wait {@code retryAfter} (sent as the {@code Retry-After} header). */
public class RateLimitedException extends ApiException {

    public RateLimitedException(String detail, Duration retryAfter) {
        super(
                ProblemType.TOO_MANY_REQUESTS,
                detail,
                Map.of("retryAfterSeconds", seconds(retryAfter)),
                Map.of("Retry-After", Long.toString(seconds(retryAfter))));
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
