package io.quizhall.shared;

/**
 * One invalid field of a request, listed in a {@code validation-failed} problem's {@code errors} member.
 *
 * @param field the path of the field in the request body, for example {@code questions[3].answers[1].answer}
 * @param message what is wrong, for a person
 */
public record FieldError(String field, String message) {}
