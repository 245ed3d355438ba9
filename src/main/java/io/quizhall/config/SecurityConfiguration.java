package io.quizhall.config;

import io.quizhall.account.AccountAuthenticationFilter;
import io.quizhall.account.OAuth2Login;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP security. Requests authenticate with a session cookie or an API key ({@link AccountAuthenticationFilter});
 * Spring Security keeps no HTTP session of its own. Cookie-authenticated state changes need the CSRF token
 * (cookie {@code XSRF-TOKEN} sent back as header {@code X-XSRF-TOKEN}); requests with an Authorization header
 * are exempt because browsers never attach that header cross-site. Every refusal is a problem document.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountAuthenticationFilter accountAuthentication,
            OAuth2Login oauth2Login,
            KnownPaths knownPaths,
            JsonMapper json)
            throws Exception {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                // Joining a game needs no account, so there is no ambient authority for a forged request to use.
                .csrf(csrf -> csrf.spa()
                        .ignoringRequestMatchers(AccountAuthenticationFilter::usesAuthorizationHeader)
                        .ignoringRequestMatchers(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/games/pin/*/join"))
                        // Controller devices have no account and no cookies; their secret is a header.
                        .ignoringRequestMatchers(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/devices/**"))
                        // Checking an answer of a shared activity changes nothing and needs no account either.
                        .ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(
                                HttpMethod.POST, "/api/v1/activity-shares/*/pages/*/check"))
                        // Neither does checking a hunt's prepuzzle answer (nothing is recorded).
                        .ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(
                                HttpMethod.POST, "/api/v1/hunts/*/prepuzzle/check")))
                .addFilterBefore(accountAuthentication, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(
                                "/api/v1/instance",
                                "/api/v1/auth/csrf",
                                "/api/v1/auth/register",
                                "/api/v1/auth/login",
                                "/api/v1/auth/login/second-factor",
                                "/api/v1/auth/passkey",
                                "/api/v1/auth/passkey/options",
                                "/api/v1/auth/providers",
                                // Provider sign-in (only with providers configured): the redirect there, the answer.
                                "/oauth2/authorization/*",
                                "/login/oauth2/code/*",
                                "/api/v1/auth/verify-email",
                                "/api/v1/auth/forgot-password",
                                "/api/v1/auth/reset-password")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/users/*/avatar")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/trophies",
                                "/api/v1/trophies/*/leaderboard",
                                "/api/v1/users/*/trophies")
                        .permitAll()
                        // The lists of special events and subject tags (administrators change them under /admin).
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/special-events",
                                "/api/v1/special-events/*",
                                "/api/v1/subject-tags")
                        .permitAll()
                        // Browsing events and reading a published one (the service hides drafts); a user's own
                        // lists are not events.
                        .requestMatchers(
                                "/api/v1/events/organised", "/api/v1/events/registered", "/api/v1/events/registered/**")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/events",
                                "/api/v1/events/*",
                                "/api/v1/events/*/calendar.ics",
                                "/api/v1/events/*/sessions/*/leaderboard")
                        .permitAll()
                        // Hunts: the list, a hunt's page and, once a hunt ended, its puzzles and answer checks are
                        // public; the hunt services decide what each reader sees (a team's puzzles only its members).
                        .requestMatchers(HttpMethod.GET, "/api/v1/hunts/organised")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/hunts",
                                "/api/v1/hunts/*",
                                "/api/v1/hunts/*/puzzles",
                                "/api/v1/hunts/*/puzzles/*",
                                "/api/v1/hunts/*/leaderboard",
                                "/api/v1/hunts/*/announcements")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/hunts/*/puzzles/*/submissions",
                                "/api/v1/hunts/*/prepuzzle/check")
                        .permitAll()
                        // Calendar apps cannot sign in: the secret in the address is the key (EventService).
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar-feeds/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/games/pin/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/games/pin/*/join")
                        .permitAll()
                        // Shared activities: whoever has a link's token; the activity service checks it.
                        .requestMatchers(HttpMethod.GET, "/api/v1/activity-shares/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/activity-shares/*/pages/*/check")
                        .permitAll()
                        // Controller devices: setup codes, and their secret checked by the remote feature.
                        .requestMatchers(HttpMethod.POST, "/api/v1/devices/**")
                        .permitAll()
                        // The WebSocket handshake; STOMP frames are authenticated and authorised one by one.
                        .requestMatchers("/ws")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/quizzes/*",
                                "/api/v1/quizzes/*/export",
                                "/api/v1/quizzes/*/classification")
                        .permitAll()
                        // The community's listing, search, quiz pages and profiles are public; the service decides
                        // per quiz (hidden ones only for their owner and moderators).
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/community/quizzes",
                                "/api/v1/community/quizzes/*",
                                "/api/v1/community/users/*")
                        .permitAll()
                        // Each service method checks the role again.
                        .requestMatchers("/api/v1/moderation/**")
                        .hasAnyRole("MODERATOR", "ADMIN")
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole("ADMIN")
                        // Pictures of public quizzes and of running games reach players without accounts; the
                        // storage service decides per file and answers 404 to everyone else.
                        .requestMatchers(HttpMethod.GET, "/api/v1/storage/*", "/api/v1/storage/*/download")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        // The web client's pages and assets; every call they make is checked like any other.
                        .requestMatchers(HttpMethod.GET, WebClientConfiguration.PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // Nothing answers an unknown path, so it is a 404 whoever asks (ProblemErrorController's).
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, exception) -> write(
                                response,
                                json,
                                !knownPaths.exists(request)
                                        ? ProblemErrorController.forStatus(404)
                                        : Problems.of(
                                                ProblemType.UNAUTHENTICATED,
                                                "Log in, or send an API key, to use this resource.")))
                        .accessDeniedHandler((request, response, exception) -> write(
                                response,
                                json,
                                !knownPaths.exists(request)
                                        ? ProblemErrorController.forStatus(404)
                                        : exception instanceof CsrfException
                                                ? Problems.of(
                                                        ProblemType.CSRF_TOKEN_MISSING,
                                                        "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.")
                                                : Problems.of(ProblemType.FORBIDDEN, "You may not do this."))))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // Nothing of ours may be framed, except what the storage download decides per file: PDFs are
                        // shown by the browser's viewer in a frame of our own pages (it sets the header itself).
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(
                                        PathPatternRequestMatcher.pathPattern("/api/v1/storage/*/download")),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        oauth2Login.configure(http);
        return http.build();
    }

    /**
     * No Micrometer observation around each of the chain's filters: with them a quarter of a join's CPU went into
     * observing fifteen filters per request (docs/performance.md, "Profile"). Requests are still timed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The filter runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<AccountAuthenticationFilter> accountAuthenticationFilterRegistration(
            AccountAuthenticationFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** Writes a problem straight to the response, for refusals made before any controller runs. */
    static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
