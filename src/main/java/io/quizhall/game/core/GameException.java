package io.quizhall.game.core;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.ProblemType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refused game action. {@code code} is the stable snake_case code a client branches on; it is the same in REST
 * problem documents ({@code code} member) and in STOMP error messages on {@code /user/queue/errors}.
 */
public class GameException extends ApiException {

    private final String code;
    private @Nullable Integer question;

    GameException(ProblemType type, String code, String detail) {
        super(type, detail, Map.of("code", code));
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The question a refused answer was for, if any. */
    public @Nullable Integer question() {
        return question;
    }

    public GameException about(int question) {
        this.question = question;
        return this;
    }
}
