package io.quizhall.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Rules that validators of different features (quiz questions, activity pages) apply the same way. */
public final class FieldChecks {

    private FieldChecks() {}

    /**
     * A required list of 1 to {@code max} items, each checked under its own path ({@code questions[3]}). A missing
     * or empty list, or one past the limit, is reported at the list's path; past the limit the size alone is the
     * answer (checking thousands of items helps nobody), so its items are not checked.
     *
     * @param prefix put before the list's path in its own errors ({@code quiz.} in an import)
     * @param field the list's path, relative like the paths {@code check} receives
     * @param noun what the items are called in the message ({@code questions})
     * @param check checks one item (which may be null) under its path; null leaves the item out
     */
    public static <T, R> List<R> eachOf(
            String prefix,
            String field,
            @Nullable List<@Nullable T> items,
            int max,
            String noun,
            List<FieldError> errors,
            BiFunction<String, @Nullable T, @Nullable R> check) {
        if (items == null) {
            errors.add(new FieldError(prefix + field, "must not be null"));
            return List.of();
        }
        if (items.isEmpty() || items.size() > max) {
            errors.add(new FieldError(prefix + field, "must hold between 1 and " + max + " " + noun));
            return List.of();
        }
        List<R> checked = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            R item = check.apply(field + "[" + i + "]", items.get(i));
            if (item != null) {
                checked.add(item);
            }
        }
        return checked;
    }
}
