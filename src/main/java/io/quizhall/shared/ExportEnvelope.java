package io.quizhall.shared;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The envelope every export document shares ({@code format}, {@code version}, {@code exportedAt} and one member
 * with the content): quizzes are {@code quizhall-quiz} documents, activities {@code quizhall-activity} ones. An
 * import checks the envelope here before it validates the content like a create.
 */
public final class ExportEnvelope {

    private ExportEnvelope() {}

    /**
     * Refuses a document of another format or version, or without content, naming each wrong member.
     *
     * @param contentField the name of the content member ({@code quiz}, {@code activity})
     */
    public static void check(
            String expectedFormat,
            int expectedVersion,
            @Nullable String format,
            @Nullable Integer version,
            String contentField,
            @Nullable Object content) {
        List<FieldError> errors = new ArrayList<>();
        if (!expectedFormat.equals(format)) {
            errors.add(new FieldError("format", "must be \"" + expectedFormat + "\""));
        }
        if (version == null || version != expectedVersion) {
            errors.add(new FieldError(
                    "version", "is not supported; this server reads version " + expectedVersion + " documents"));
        }
        if (content == null) {
            errors.add(new FieldError(contentField, "must not be null"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
    }
}
