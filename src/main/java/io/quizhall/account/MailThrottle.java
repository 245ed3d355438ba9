package io.quizhall.account;

import io.quizhall.shared.RateLimiter;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Limits the emails anyone can make Quizhall send without signing in (password reset links, notices of a
 * registration with a taken address), in Redis so the limits hold across nodes. Per account the limit is silent:
 * a request over it is answered as usual and sends nothing, so the answer never tells whether an account exists.
 * Per client address it is a {@code 429}, which counts every request whatever its address and so tells nothing
 * either.
 */
@Component
class MailThrottle {

    private final RateLimiter limiter;
    private final RateLimiter.Limit perAccount;
    private final RateLimiter.Limit resetsPerAddress;

    MailThrottle(RateLimiter limiter, AccountProperties properties) {
        this.limiter = limiter;
        this.perAccount = new RateLimiter.Limit(properties.mailMaxPerAccount(), properties.mailWindow());
        this.resetsPerAddress = new RateLimiter.Limit(properties.passwordResetMaxPerIp(), properties.mailWindow());
    }

    /** Counts a password reset request from this address, or throws a {@code 429} once it made too many. */
    void countResetRequest(String address) {
        limiter.consumeOrThrow(
                "password-reset:ip:" + address,
                resetsPerAddress,
                "Too many password reset requests from your address. Try again later.");
    }

    /** Counts one email to this account: false if it got as many as it may, and this one must not be sent. */
    boolean mayMail(UUID userId) {
        return limiter.tryConsume("mail:account:" + userId, perAccount);
    }
}
