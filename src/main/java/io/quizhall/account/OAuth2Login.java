package io.quizhall.account;

import io.quizhall.account.IdentityService.ProviderIdentity;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.SecureTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

/**
 * Sign-in with OAuth 2 / OpenID Connect providers, enabled by configuration alone (Spring Boot's
 * {@code spring.security.oauth2.client.*}). Spring Security runs the authorization-code flow; this class keeps
 * its state without an HTTP session (in Redis, bound to the browser by an HttpOnly cookie), turns a successful
 * sign-in into our session cookie (or a pending second step), links identities when the signed-in user asked for
 * it, and sends every failure back to the landing page as a short error code.
 */
@Component
public class OAuth2Login {

    private static final Logger log = LoggerFactory.getLogger(OAuth2Login.class);
    private static final String FLOW_COOKIE = "qh_oauth2";
    private static final String LINK_COOKIE = "qh_oauth2_link";
    private static final String FLOW_KEY = "qh:oauth2:flow:";
    private static final String LINK_KEY = "qh:oauth2:link:";
    private static final Duration FLOW_TTL = Duration.ofMinutes(10);
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "org.springframework.security.oauth2.core.endpoint.*;org.springframework.security.oauth2.core.*;"
                    + "java.base/*;!*");

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final StringRedisTemplate redis;
    private final IdentityService identities;
    private final AccountService accounts;
    private final SecondFactorService secondFactors;
    private final PendingLogins pendingLogins;
    private final SessionService sessions;
    private final SessionCookies cookies;

    OAuth2Login(
            ObjectProvider<ClientRegistrationRepository> registrations,
            StringRedisTemplate redis,
            IdentityService identities,
            AccountService accounts,
            SecondFactorService secondFactors,
            PendingLogins pendingLogins,
            SessionService sessions,
            SessionCookies cookies) {
        this.registrations = registrations;
        this.redis = redis;
        this.identities = identities;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.pendingLogins = pendingLogins;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    /** Adds the provider sign-in to the security chain if any provider is configured. */
    public void configure(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        // The landing page is the login page: no generated one at /login.
        http.oauth2Login(login -> login.loginPage("/")
                .authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestRepository(new RedisAuthorizationRequests()))
                .successHandler(this::succeeded)
                .failureHandler((request, response, exception) -> {
                    String code = exception instanceof OAuth2AuthenticationException oauth
                                    && "access_denied".equals(oauth.getError().getErrorCode())
                            ? "access-denied"
                            : "provider-error";
                    log.info("Provider sign-in failed: {}", exception.toString());
                    clearCookie(request, response, LINK_COOKIE, "/");
                    response.sendRedirect("/?login-error=" + code);
                }));
    }

    /** The configured providers, for the landing page's buttons. */
    List<AccountPayloads.ProviderDetails> providers() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        var providers = new ArrayList<AccountPayloads.ProviderDetails>();
        if (repository instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new AccountPayloads.ProviderDetails(
                        registration.getRegistrationId(),
                        registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return providers;
    }

    /**
     * Marks this browser's next provider sign-in as a link to the signed-in account. The mark lives in Redis under
     * a random key held in an HttpOnly cookie, so a page elsewhere cannot start a link for someone.
     */
    AccountPayloads.LinkStart startLink(
            UUID userId, String provider, HttpServletRequest request, HttpServletResponse response) {
        if (providers().stream().noneMatch(known -> known.id().equals(provider))) {
            throw NotFoundException.forId("provider", provider);
        }
        String token = SecureTokens.newToken();
        redis.opsForValue().set(LINK_KEY + SecureTokens.sha256Hex(token), userId.toString(), FLOW_TTL);
        setCookie(request, response, LINK_COOKIE, token, "/", FLOW_TTL);
        return new AccountPayloads.LinkStart("/oauth2/authorization/" + provider);
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var token = (OAuth2AuthenticationToken) authentication;
        ProviderIdentity identity = identityOf(token);
        Optional<UUID> linkFor = readCookie(request, LINK_COOKIE)
                .map(value -> redis.opsForValue().getAndDelete(LINK_KEY + SecureTokens.sha256Hex(value)))
                .map(UUID::fromString);
        clearCookie(request, response, LINK_COOKIE, "/");
        try {
            if (linkFor.isPresent()) {
                // The link must be finished by the same signed-in user who started it.
                boolean sameUser = cookies.read(request)
                        .flatMap(sessions::authenticate)
                        .filter(found -> found.user().id().equals(linkFor.get()))
                        .isPresent();
                if (!sameUser) {
                    response.sendRedirect("/account.html?link-error=signed-out");
                    return;
                }
                identities.link(linkFor.get(), identity);
                response.sendRedirect("/account.html?linked=" + encode(identity.provider()));
                return;
            }
            User user = identities.signIn(identity);
            String agent = request.getHeader(HttpHeaders.USER_AGENT);
            if (secondFactors.isRequired(user)) {
                // Fragments never reach a server or a Referer header.
                response.sendRedirect("/#pending-login=" + pendingLogins.start(user.id()) + "&methods="
                        + String.join(",", secondFactors.methods(user)));
                return;
            }
            var loggedIn = accounts.startSession(user, request.getRemoteAddr(), agent);
            cookies.write(request, response, loggedIn.sessionKey());
            response.sendRedirect("/");
        } catch (ApiException refused) {
            response.sendRedirect((linkFor.isPresent() ? "/account.html?link-error=" : "/?login-error=")
                    + refused.type().code());
        }
    }

    private static ProviderIdentity identityOf(OAuth2AuthenticationToken token) {
        OAuth2User user = token.getPrincipal();
        Map<String, Object> attributes = user.getAttributes();
        String username = firstString(attributes, "preferred_username", "login", "nickname", "name");
        String email = firstString(attributes, "email");
        Object verified = attributes.get("email_verified");
        if (verified != null && !Boolean.parseBoolean(verified.toString())) {
            email = null;
        }
        return new ProviderIdentity(token.getAuthorizedClientRegistrationId(), token.getName(), username, email);
    }

    private static @Nullable String firstString(Map<String, Object> attributes, String... names) {
        for (String name : names) {
            Object value = attributes.get(name);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<String> readCookie(HttpServletRequest request, String name) {
        Cookie[] all = request.getCookies();
        if (all == null) {
            return Optional.empty();
        }
        for (Cookie cookie : all) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static void setCookie(
            HttpServletRequest request,
            HttpServletResponse response,
            String name,
            String value,
            String path,
            Duration maxAge) {
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(name, value)
                        .httpOnly(true)
                        .secure(request.isSecure())
                        // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
                        .sameSite("Lax")
                        .path(path)
                        .maxAge(maxAge)
                        .build()
                        .toString());
    }

    private static void clearCookie(
            HttpServletRequest request, HttpServletResponse response, String name, String path) {
        if (readCookie(request, name).isPresent()) {
            setCookie(request, response, name, "", path, Duration.ZERO);
        }
    }

    /**
     * The authorization request between the redirect to the provider and its answer, in Redis under a random key
     * held in an HttpOnly cookie: no HTTP session, any node can finish the flow, and an answer only counts in the
     * browser that started it (no login CSRF with someone else's code).
     */
    private final class RedisAuthorizationRequests
            implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

        @Override
        public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
            return readCookie(request, FLOW_COOKIE)
                    .map(value -> redis.opsForValue().get(FLOW_KEY + SecureTokens.sha256Hex(value)))
                    .map(OAuth2Login::deserialize)
                    .filter(found -> found.getState().equals(request.getParameter("state")))
                    .orElse(null);
        }

        @Override
        public void saveAuthorizationRequest(
                @Nullable OAuth2AuthorizationRequest authorizationRequest,
                HttpServletRequest request,
                HttpServletResponse response) {
            if (authorizationRequest == null) {
                removeAuthorizationRequest(request, response);
                return;
            }
            String token = SecureTokens.newToken();
            redis.opsForValue()
                    .set(FLOW_KEY + SecureTokens.sha256Hex(token), serialize(authorizationRequest), FLOW_TTL);
            setCookie(request, response, FLOW_COOKIE, token, "/", FLOW_TTL);
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(
                HttpServletRequest request, HttpServletResponse response) {
            OAuth2AuthorizationRequest found = loadAuthorizationRequest(request);
            readCookie(request, FLOW_COOKIE).ifPresent(value -> redis.delete(FLOW_KEY + SecureTokens.sha256Hex(value)));
            clearCookie(request, response, FLOW_COOKIE, "/");
            return found;
        }
    }

    private static String serialize(OAuth2AuthorizationRequest request) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        } catch (IOException e) {
            throw new IllegalStateException("Authorization requests are serialisable", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static OAuth2AuthorizationRequest deserialize(String stored) {
        try (var in = new ObjectInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            in.setObjectInputFilter(ALLOWED);
            return (OAuth2AuthorizationRequest) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Unreadable authorization request in Redis", e);
        }
    }
}
