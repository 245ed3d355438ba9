package io.quizhall.quiz;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.theme.ThemeService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quiz's special event and subject tags: kept apart from its content (columns the quiz entity does not map), so
 * they are neither exported nor part of the quiz's version, and changed by the author alone.
 */
@Service
public class QuizClassifications {

    private final QuizRepository quizzes;
    private final ThemeService themes;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    QuizClassifications(QuizRepository quizzes, ThemeService themes, AuditTrail audit, JdbcClient jdbc) {
        this.quizzes = quizzes;
        this.themes = themes;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The classification of a quiz the reader may see (their own, or a public one). */
    @Transactional(readOnly = true)
    public QuizClassification of(UUID quizId, @Nullable CurrentUser reader) {
        quizzes.findById(quizId)
                .filter(quiz -> quiz.isVisibleTo(reader == null ? null : reader.id()))
                .orElseThrow(() -> NotFoundException.forId("quiz", quizId));
        return read(quizId);
    }

    /** The classification of any quiz, for features that decided already that the reader may see it. */
    @Transactional(readOnly = true)
    public QuizClassification read(UUID quizId) {
        UUID special = specialEventOf(quizId, "");
        List<UUID> tags = jdbc.sql("SELECT tag_id FROM quiz_subject_tags WHERE quiz_id = ?")
                .param(quizId)
                .query(UUID.class)
                .list();
        return new QuizClassification(
                special == null ? null : themes.findSpecialEvent(special).orElse(null), themes.tags(tags));
    }

    /** The quiz's special event (null: none, or no such quiz); {@code lock}: " FOR UPDATE" or "". */
    private @Nullable UUID specialEventOf(UUID quizId, String lock) {
        record Row(@Nullable UUID specialEvent) {}
        return jdbc.sql("SELECT special_event_id FROM quiz WHERE id = ?" + lock)
                .param(quizId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class)))
                .optional()
                .map(Row::specialEvent)
                .orElse(null);
    }

    /** The author sets the special event and the subject tags (replacing the tags it had). */
    @Transactional
    public QuizClassification classify(UUID quizId, QuizClassification.@Nullable Request request, CurrentUser author) {
        quizzes.findById(quizId)
                .filter(quiz -> quiz.isOwnedBy(author.id()))
                .orElseThrow(() -> NotFoundException.forId("quiz", quizId));
        UUID current = specialEventOf(quizId, " FOR UPDATE");
        UUID special = request == null ? null : request.specialEventId();
        var errors = new ArrayList<FieldError>();
        List<UUID> tags = themes.checkChoice(
                special, current, request == null ? null : request.tagIds(), "specialEventId", "tagIds", errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        jdbc.sql("UPDATE quiz SET special_event_id = ? WHERE id = ?")
                .params(special, quizId)
                .update();
        jdbc.sql("DELETE FROM quiz_subject_tags WHERE quiz_id = ?")
                .param(quizId)
                .update();
        for (UUID tag : tags) {
            jdbc.sql("INSERT INTO quiz_subject_tags (quiz_id, tag_id) VALUES (?, ?)")
                    .params(quizId, tag)
                    .update();
        }
        audit.record(
                author,
                "quiz.classify",
                "quiz",
                quizId,
                Map.of(
                        "specialEvent",
                        special == null ? "" : special.toString(),
                        "tags",
                        tags.stream().map(UUID::toString).toList()));
        return read(quizId);
    }
}
