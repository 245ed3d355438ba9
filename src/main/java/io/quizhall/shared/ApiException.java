package io.quizhall.shared;

import java.util.Map;

/**
 * An error meant for the client: its {@link ProblemType} and a human detail that is safe to show. Subclass it
 * once per meaning ({@code QuizNotFoundException}), never throw it with an exception's raw message.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient Map<String, Object> properties;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiException(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    /** Extra members of the problem document, such as the space left for an upload. */
    public Map<String, Object> properties() {
        return properties;
    }
}
