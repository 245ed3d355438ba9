package io.quizhall.shared;

import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents with Quizhall's stable {@code type} URIs and {@code code} member. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        return tag(problem, type);
    }

    public static ProblemDetail of(ApiException exception) {
        ProblemDetail problem = of(exception.type(), exception.getMessage());
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Gives a problem built elsewhere (by Spring) our type, title and code. */
    public static ProblemDetail tag(ProblemDetail problem, ProblemType type) {
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setProperty("code", type.code());
        return problem;
    }
}
