package io.quizhall.config;

import io.quizhall.shared.ProblemType;
import io.quizhall.shared.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reached a controller (a filter's {@code sendError}, a container error) with a
 * problem document too, instead of Boot's default error body. It reveals only the status.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(forStatus(status));
    }

    /** The problem for a bare status, also for errors that never reach the application ({@link ConnectorErrors}). */
    static ProblemDetail forStatus(int status) {
        // A bare 400 never comes from a field rule (those answer with their own problem): the request was unreadable.
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        ProblemDetail problem = Problems.of(type, defaultDetail(type));
        problem.setStatus(status);
        return problem;
    }

    private static String defaultDetail(ProblemType type) {
        return switch (type) {
            case MALFORMED_REQUEST -> "The request is malformed.";
            case UNAUTHENTICATED -> "Log in, or send an API key, to use this resource.";
            case FORBIDDEN -> "You may not do this.";
            case NOT_FOUND -> "There is nothing here.";
            case INTERNAL_ERROR -> "Something went wrong on our side.";
            default -> type.title() + ".";
        };
    }
}
