package io.quizhall.config;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.ControlCharacters;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.Outages;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.Problems;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidTypeIdException;

/**
 * Turns every exception that reaches a controller into an RFC 9457 problem with a stable {@code type} and
 * {@code code}. Details come from our own {@link ApiException}s or fixed texts, never from an exception's raw
 * message, so no internals leak.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException exception) {
        var response = ResponseEntity.status(exception.type().status());
        exception.headers().forEach((name, value) -> response.header(name, value));
        return response.body(Problems.of(exception));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /** Two edits raced and ours lost; services usually say so themselves, this is the safety net. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleOptimisticLocking(OptimisticLockingFailureException exception) {
        return ResponseEntity.status(ProblemType.CONFLICT.status())
                .body(Problems.of(ProblemType.CONFLICT, "Someone else changed this at the same time. Load it again."));
    }

    /** Spring Security's firewall checks header values when a handler reads them: a client's mistake. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> handleRejectedRequest(RequestRejectedException exception) {
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        ProblemType.MALFORMED_REQUEST, "The request has a header this server does not accept."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception exception) {
        if (Outages.isOutage(exception)) {
            // PostgreSQL or Redis is away: an honest, retryable answer (health says the same), not a 500.
            log.warn("A request failed: a server is unreachable or too busy ({})", Outages.describe(exception));
            return ResponseEntity.status(ProblemType.SERVICE_UNAVAILABLE.status())
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .body(Problems.of(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "A server Quizhall needs is unreachable right now. Try again in a few seconds."));
        }
        log.error("Unexpected error", exception);
        return ResponseEntity.internalServerError()
                .body(Problems.of(ProblemType.INTERNAL_ERROR, "Something went wrong on our side."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(fieldErrors(exception.getBindingResult())));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName() == null
                                        ? "parameter"
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getCause() instanceof InvalidTypeIdException typeId) {
            // A polymorphic value (a question) whose "type" is missing or unknown: name the type property.
            String field = typeId.getPath().isEmpty() ? "type" : JsonPaths.of(typeId.getPath()) + ".type";
            return ResponseEntity.badRequest()
                    .body(validationProblem(List.of(new FieldError(field, "is missing or not a known type"))));
        }
        if (exception.getCause() instanceof ControlCharacterRules.RefusedInJson refused) {
            return ResponseEntity.badRequest()
                    .body(validationProblem(
                            List.of(new FieldError(JsonPaths.of(refused.getPath()), ControlCharacters.MESSAGE))));
        }
        if ((exception.getCause() instanceof DatabindException
                        || exception.getCause() instanceof InputCoercionException)
                && exception.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            // A value of the wrong type, or a number out of its type's range, at a known place in the body.
            String field = JsonPaths.of(jackson.getPath());
            ProblemDetail problem = validationProblem(
                    List.of(new FieldError(field, "has the wrong type or format, or is not allowed here")));
            return ResponseEntity.badRequest().body(problem);
        }
        String detail = exception.getCause() instanceof JacksonException
                ? "The request body is not valid JSON."
                : "The request body is missing or unreadable.";
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.MALFORMED_REQUEST, detail));
    }

    /** A parameter, path variable or header that could not be read: ours if it held control characters. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getCause() instanceof ControlCharacterRules.RefusedInParameter) {
            String field = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
            return ResponseEntity.badRequest()
                    .body(validationProblem(List.of(new FieldError(field, ControlCharacters.MESSAGE))));
        }
        return super.handleTypeMismatch(exception, headers, status, request);
    }

    /**
     * A multipart body that cannot be parsed (no closing boundary, no {@code boundary=}, a broken {@code
     * filename*}), or a file name with U+0000, which Tomcat refuses while parsing. The size limit has its own
     * handler below.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleMultipart(MultipartException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return ResponseEntity.badRequest()
                        .body(validationProblem(List.of(new FieldError("file", ControlCharacters.MESSAGE))));
            }
        }
        return ResponseEntity.badRequest()
                .body(Problems.of(ProblemType.MALFORMED_REQUEST, "The multipart request body is malformed."));
    }

    /** An upload beyond the multipart limit (quizhall.storage.max-video-size): our 413, with the limit. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The upload is larger than this server accepts.");
        if (exception.getMaxUploadSize() > 0) {
            problem.setProperty("maxBytes", exception.getMaxUploadSize());
        }
        return ResponseEntity.status(ProblemType.PAYLOAD_TOO_LARGE.status()).body(problem);
    }

    /** Spring's own problems (405, 415, 404 for unknown paths, ...) get our type and code, keeping their detail. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring 7 leaves a problem's type null unless someone set it (a path id that is no UUID, for example).
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || !problem.getType().toString().startsWith("urn:quizhall"))) {
            Problems.tag(problem, ProblemType.forStatus(statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = Problems.of(
                ProblemType.VALIDATION_FAILED,
                errors.size() == 1
                        ? "The field " + errors.get(0).field() + " is invalid."
                        : errors.size() + " fields are invalid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        var fields = result.getFieldErrors().stream()
                .map(error -> new FieldError(
                        error.getField(),
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()));
        var globals = result.getGlobalErrors().stream()
                .map(error -> new FieldError(
                        error.getObjectName(),
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()));
        return java.util.stream.Stream.concat(fields, globals)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }
}
