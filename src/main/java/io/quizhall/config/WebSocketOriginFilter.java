package io.quizhall.config;

import io.quizhall.shared.ProblemType;
import io.quizhall.shared.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a WebSocket handshake whose {@code Origin} header is not a URL. Spring's origin check parses the header
 * and, on garbage, throws out of the handshake handler, where no advice applies: each such request would log an
 * error with a stack trace and answer 500. A malformed origin is a client's mistake, answered 403 quietly.
 */
@Component
class WebSocketOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(WebSocketOriginFilter.class);

    private final JsonMapper json;

    WebSocketOriginFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/ws".equals(request.getRequestURI()) || request.getHeader(HttpHeaders.ORIGIN) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        try {
            // The same parsing as WebUtils.isSameOrigin, which the handshake's origin check uses.
            UriComponentsBuilder.fromUriString(origin).build();
        } catch (IllegalArgumentException malformed) { // Spring's InvalidUrlException is one
            log.debug("Refused a WebSocket handshake with a malformed Origin header");
            SecurityConfiguration.write(
                    response, json, Problems.of(ProblemType.FORBIDDEN, "This origin may not open a WebSocket."));
            return;
        }
        chain.doFilter(request, response);
    }
}
