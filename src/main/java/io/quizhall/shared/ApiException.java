package io.quizhall.shared;

import java.util.Map;

/**
 * An error meant for the client: its {@link ProblemType} and a human detail that is safe to show. Subclass it
 * once per meaning ({@code QuizNotFoundException}), never throw it with an exception's raw message.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, Object> properties;
    private final transient Map<String, String> headers;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiException(ProblemType type, String detail, Map<String, Object> properties) {
        this(type, detail, properties, Map.of());
    }

    public ApiException(ProblemType type, String detail, Map<String, Object> properties, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.properties = Map.copyOf(properties);
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    /** Extra members of the problem document, such as the space left for an upload. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** Response headers that belong to the problem, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
