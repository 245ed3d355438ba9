package io.quizhall.config;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Writes a Jackson reference path the way validation errors name fields: {@code questions[3].answers[1]}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(List<JacksonException.Reference> path) {
        var field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
