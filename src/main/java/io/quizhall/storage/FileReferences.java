package io.quizhall.storage;

import io.quizhall.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The files that the fields of one request refer to by id (a quiz's pictures, an activity's pictures and PDFs),
 * collected while the request is validated and checked in one query at the end: each must be a live file the
 * author uploaded, of the kind the field takes, unless what is being edited showed it already (so a copy of
 * someone else's public quiz keeps its pictures through later edits). Errors go to the validation's list.
 */
public final class FileReferences {

    /** What a field may refer to. */
    public enum Kind {
        /** Pictures and videos: every accepted type but PDF. */
        PICTURE("an image"),
        /** PDF documents, which only activities accept. */
        PDF("a PDF");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        boolean accepts(String mimeType) {
            return (this == PDF) == mimeType.equals(UploadInspector.PDF);
        }
    }

    private static final Pattern ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private record Reference(UUID id, Kind kind) {}

    private final Map<String, Reference> byField = new LinkedHashMap<>();
    private final List<FieldError> errors;

    public FileReferences(List<FieldError> errors) {
        this.errors = errors;
    }

    /** Notes a field's file id; returns it in lower case (or as sent, if it is no id, with an error). */
    public @Nullable String add(String field, @Nullable String value, Kind kind) {
        if (value == null) {
            return null;
        }
        if (!ID.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be the id of " + kind.noun + " you uploaded"));
            return value;
        }
        String normalized = value.toLowerCase(Locale.ROOT);
        byField.put(field, new Reference(UUID.fromString(normalized), kind));
        return normalized;
    }

    /** Checks every noted file in one query; those in {@code kept} stay allowed whoever uploaded them. */
    public void checkUsableBy(UUID author, Set<UUID> kept, StorageService storage) {
        var toCheck = byField.values().stream()
                .map(Reference::id)
                .filter(id -> !kept.contains(id))
                .distinct()
                .toList();
        Map<UUID, String> types = toCheck.isEmpty() ? Map.of() : storage.usableTypes(author, toCheck);
        byField.forEach((field, reference) -> {
            if (kept.contains(reference.id())) {
                return;
            }
            String type = types.get(reference.id());
            if (type == null || !reference.kind().accepts(type)) {
                errors.add(new FieldError(field, "must be the id of " + reference.kind().noun + " you uploaded"));
            }
        });
    }
}
