package io.quizhall.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the API reports. The {@code code} is stable: clients may branch on it, and it forms the
 * problem's {@code type} URI ({@code urn:quizhall:problem:<code>}). docs/errors.md lists them all.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "Validation failed", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", "Authentication required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    GONE("gone", "Gone", HttpStatus.GONE),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", "Conflict", HttpStatus.CONFLICT),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", HttpStatus.PRECONDITION_FAILED),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", HttpStatus.PRECONDITION_REQUIRED),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    INVALID_CREDENTIALS("invalid-credentials", "Invalid credentials", HttpStatus.UNAUTHORIZED),
    EMAIL_NOT_VERIFIED("email-not-verified", "Email not verified", HttpStatus.FORBIDDEN),
    ACCOUNT_DISABLED("account-disabled", "Account disabled", HttpStatus.FORBIDDEN),
    REGISTRATION_DISABLED("registration-disabled", "Registration disabled", HttpStatus.FORBIDDEN),
    INVALID_TOKEN("invalid-token", "Invalid or expired token", HttpStatus.BAD_REQUEST),
    INVALID_CODE("invalid-code", "Invalid code", HttpStatus.BAD_REQUEST),
    LOGIN_EXPIRED("login-expired", "Sign-in expired", HttpStatus.UNAUTHORIZED),
    REAUTHENTICATION_REQUIRED("reauthentication-required", "Re-authentication required", HttpStatus.FORBIDDEN),
    IDENTITY_IN_USE("identity-in-use", "Identity in use", HttpStatus.CONFLICT),
    LAST_SIGN_IN_METHOD("last-sign-in-method", "Last sign-in method", HttpStatus.CONFLICT),
    PASSKEY_REJECTED("passkey-rejected", "Passkey rejected", HttpStatus.BAD_REQUEST),
    CSRF_TOKEN_MISSING("csrf-token-missing", "CSRF token missing or invalid", HttpStatus.FORBIDDEN),
    STORAGE_QUOTA_EXCEEDED("storage-quota-exceeded", "Storage quota exceeded", HttpStatus.CONTENT_TOO_LARGE),
    EVENT_FULL("event-full", "Event full", HttpStatus.CONFLICT),
    EVENT_NOT_OPEN("event-not-open", "Event not open for registration", HttpStatus.CONFLICT),
    ALREADY_REGISTERED("already-registered", "Already registered", HttpStatus.CONFLICT),
    TEAM_FULL("team-full", "Team full", HttpStatus.CONFLICT),
    ALREADY_IN_TEAM("already-in-team", "Already in a team", HttpStatus.CONFLICT),
    HUNT_NOT_OPEN("hunt-not-open", "Hunt not open", HttpStatus.CONFLICT),
    ALREADY_SOLVED("already-solved", "Already solved", HttpStatus.CONFLICT),
    NO_HINTS_LEFT("no-hints-left", "No hints left", HttpStatus.CONFLICT),
    NO_CANNED_HINTS_LEFT("no-canned-hints-left", "No canned hints left", HttpStatus.CONFLICT),
    HINTS_LOCKED("hints-locked", "Hints locked", HttpStatus.CONFLICT),
    CANNED_HINTS_ONLY("canned-hints-only", "Canned hints only", HttpStatus.CONFLICT),
    CANNED_HINTS_FIRST("canned-hints-first", "Canned hints first", HttpStatus.CONFLICT),
    ALREADY_CLAIMED("already-claimed", "Already claimed", HttpStatus.CONFLICT),
    NOT_CLAIMANT("not-claimant", "Not the claimant", HttpStatus.CONFLICT),
    HINT_REQUEST_CLOSED("hint-request-closed", "Hint request closed", HttpStatus.CONFLICT);

    private static final String URN_PREFIX = "urn:quizhall:problem:";

    private final String code;
    private final String title;
    private final HttpStatus status;

    ProblemType(String code, String title, HttpStatus status) {
        this.code = code;
        this.title = title;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI uri() {
        return URI.create(URN_PREFIX + code);
    }

    /** The problem type that matches a bare HTTP status, for errors raised outside our own code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
