package io.quizhall.game.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How long a game's questions take answers (the create request's {@code timeLimit}): each question's own time,
 * that time multiplied by {@code quizhall.game.extended-time-factor}, or no time limit at all. Without one a question
 * closes when every player has answered or the host closes it, and a right answer scores as an instant one: speed
 * earns nothing where there is no clock.
 */
public enum TimeLimit {
    NORMAL,
    EXTENDED,
    NONE;

    static TimeLimit of(@Nullable String value) {
        return value == null || value.isEmpty() ? NORMAL : valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** As clients name it: {@code normal}, {@code extended} or {@code none}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The time {@code question} takes answers in milliseconds; for {@link #NONE} the idle timeout, after which an
     * untouched game ends anyway, so the deadline timer still tidies up a forgotten question.
     */
    long limitMs(PlayableQuestion question, GameProperties properties) {
        return switch (this) {
            case NORMAL -> question.timeMillis();
            case EXTENDED -> Math.round(question.timeMillis() * properties.extendedTimeFactor());
            case NONE -> properties.idleTimeout().toMillis();
        };
    }
}
