package io.quizhall.storage;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether the quizzes that show a file let someone see it. The quiz feature implements this (it depends on
 * storage, not the other way round), so a picture of a public quiz can be served to anyone who can see the quiz.
 */
public interface QuizVisibility {

    /** Whether any of these quizzes is public, or owned by {@code viewer} (null: an anonymous reader). */
    boolean anyVisibleTo(Collection<UUID> quizIds, @Nullable UUID viewer);
}
