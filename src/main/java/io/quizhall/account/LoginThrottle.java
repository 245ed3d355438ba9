package io.quizhall.account;

import io.quizhall.shared.RateLimitedException;
import io.quizhall.shared.RateLimiter;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in Redis. Once either limit is reached every login
 * for it is refused, even with the right password, until the window has passed.
 */
@Component
class LoginThrottle {

    private final RateLimiter limiter;
    private final RateLimiter.Limit perAccount;
    private final RateLimiter.Limit perAddress;

    LoginThrottle(RateLimiter limiter, AccountProperties properties) {
        this.limiter = limiter;
        this.perAccount =
                new RateLimiter.Limit(properties.loginMaxFailuresPerAccount(), properties.loginFailureWindow());
        this.perAddress = new RateLimiter.Limit(properties.loginMaxFailuresPerIp(), properties.loginFailureWindow());
    }

    void checkAllowed(String account, String address) {
        Duration wait = max(
                limiter.waitTime(accountKey(account), perAccount), limiter.waitTime(addressKey(address), perAddress));
        if (!wait.isZero()) {
            throw new RateLimitedException("Too many failed logins. Try again later.", wait);
        }
    }

    void recordFailure(String account, String address) {
        limiter.tryConsume(accountKey(account), perAccount);
        limiter.tryConsume(addressKey(address), perAddress);
    }

    void recordSuccess(String account) {
        limiter.reset(accountKey(account));
    }

    private static String accountKey(String account) {
        return "login:account:" + account.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "login:ip:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
