package io.quizhall.quiz;

import io.quizhall.storage.QuizVisibility;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the storage feature whether a file's quizzes let someone see it: the same rule as reading a quiz. */
@Component
class QuizFileVisibility implements QuizVisibility {

    private final EntityManager entityManager;

    QuizFileVisibility(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyVisibleTo(Collection<UUID> quizIds, @Nullable UUID viewer) {
        if (quizIds.isEmpty()) {
            return false;
        }
        Long visible = entityManager
                .createQuery(
                        "select count(q) from Quiz q where q.id in :ids and (q.published = true or q.userId = :viewer)",
                        Long.class)
                .setParameter("ids", quizIds)
                // The nil UUID is nobody's id, so an anonymous reader matches public quizzes only.
                .setParameter("viewer", viewer == null ? new UUID(0, 0) : viewer)
                .getSingleResult();
        return visible > 0;
    }
}
