package io.quizhall.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The session cookie: {@code HttpOnly}, {@code SameSite=Lax}, path {@code /}. Over HTTPS it is {@code Secure} and
 * named {@code __Host-qh_session}, so no subdomain can set or shadow it; over plain HTTP (local use) it is
 * {@code qh_session}.
 */
@Component
class SessionCookies {

    static final String SECURE_NAME = "__Host-qh_session";
    static final String PLAIN_NAME = "qh_session";

    private final Duration maxAge;

    SessionCookies(AccountProperties properties) {
        this.maxAge = properties.sessionAbsoluteTimeout();
    }

    Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String wanted = request.isSecure() ? SECURE_NAME : PLAIN_NAME;
        for (Cookie cookie : cookies) {
            if (wanted.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    void write(HttpServletRequest request, HttpServletResponse response, String key) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, key, maxAge).toString());
    }

    void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
        boolean secure = request.isSecure();
        return ResponseCookie.from(secure ? SECURE_NAME : PLAIN_NAME, value)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build();
    }
}
