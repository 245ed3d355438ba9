package io.quizhall.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether anything answers a request's path, asked before Spring Security refuses it: a refusal of a path that
 * does not exist is a 404 for everyone, signed in or not, so a 401 says only that a login would help. Static
 * files do not count, because their handler claims every path; the pages the client needs are public anyway.
 */
@Component
class KnownPaths {

    private final ObjectProvider<HandlerMapping> mappings;

    KnownPaths(ObjectProvider<HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    boolean exists(HttpServletRequest request) {
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mappings.orderedStream().anyMatch(mapping -> handles(mapping, request));
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
        }
    }

    private static boolean handles(HandlerMapping mapping, HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler);
        } catch (Exception pathMatchedButNotTheRequest) {
            // A wrong method or media type: the path exists, and the refusal it gets stands.
            return true;
        }
    }
}
