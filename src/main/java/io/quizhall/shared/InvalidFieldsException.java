package io.quizhall.shared;

import java.util.List;
import java.util.Map;

/**
 * Fields that broke a rule only the service can check (a taken username, a common password). Rendered like bean
 * validation errors: a problem whose {@code errors} member lists each field.
 */
public class InvalidFieldsException extends ApiException {

    public InvalidFieldsException(ProblemType type, List<FieldError> errors) {
        super(type, detail(errors), Map.of("errors", List.copyOf(errors)));
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(ProblemType.VALIDATION_FAILED, List.of(new FieldError(field, message)));
    }

    private static String detail(List<FieldError> errors) {
        return errors.size() == 1
                ? "The field " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid.";
    }
}
