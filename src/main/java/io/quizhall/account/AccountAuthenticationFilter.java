package io.quizhall.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code Authorization: Bearer <api key>} header or, without that header, by its
 * session cookie. A request that sends an Authorization header is never authenticated by cookie, which is why
 * such requests can skip CSRF checks: a cross-site page cannot attach that header. Invalid credentials leave the
 * request anonymous; protected endpoints then answer 401.
 */
@Component
public class AccountAuthenticationFilter extends OncePerRequestFilter {

    private static final String SESSION_ATTRIBUTE = AccountAuthenticationFilter.class.getName() + ".session";
    private static final String BEARER = "Bearer ";

    private final SessionService sessions;
    private final ApiKeyService apiKeys;
    private final SessionCookies cookies;

    AccountAuthenticationFilter(SessionService sessions, ApiKeyService apiKeys, SessionCookies cookies) {
        this.sessions = sessions;
        this.apiKeys = apiKeys;
        this.cookies = cookies;
    }

    /** Whether a request authenticates (or tries to) with a header rather than the cookie. */
    public static boolean usesAuthorizationHeader(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    /** The sign-in session a cookie-authenticated request came with (none for API keys and anonymous calls). */
    public static Optional<UUID> currentSession(HttpServletRequest request) {
        return Optional.ofNullable((UUID) request.getAttribute(SESSION_ATTRIBUTE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                apiKeys.authenticate(authorization.substring(BEARER.length()).strip())
                        .ifPresent(user -> signIn(user, null, request));
            }
        } else {
            cookies.read(request)
                    .flatMap(sessions::authenticate)
                    .ifPresent(found -> signIn(found.user(), found.sessionId(), request));
        }
        chain.doFilter(request, response);
    }

    private static void signIn(CurrentUser user, @Nullable UUID sessionId, HttpServletRequest request) {
        var authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, List.copyOf(authorities));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        if (sessionId != null) {
            request.setAttribute(SESSION_ATTRIBUTE, sessionId);
        }
    }
}
