package io.quizhall.remote;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.util.Map;
import java.util.UUID;

/**
 * The refusals of the controller feature. Those a device gets carry a snake_case {@code code} of their own, as the
 * live game's do, so firmware can branch on it (docs/controllers.md, "Errors").
 */
final class RemoteExceptions {

    private RemoteExceptions() {}

    private static ApiException coded(ProblemType type, String code, String detail) {
        return new ApiException(type, detail, Map.of("code", code));
    }

    /** No secret, or one that belongs to no controller: the same answer for both. */
    static ApiException unknownController() {
        return coded(
                ProblemType.UNAUTHENTICATED,
                "controller_unknown",
                "This controller is not known: send its secret in the X-Controller-Secret header, or set it up again.");
    }

    static ApiException revoked() {
        return coded(
                ProblemType.FORBIDDEN,
                "controller_revoked",
                "This controller was removed by its teacher. Set it up again to use it.");
    }

    static ApiException revokedCannotChange() {
        return coded(ProblemType.CONFLICT, "controller_revoked", "This controller was revoked; it cannot be changed.");
    }

    /** The teacher's code: unknown, expired and already used look the same. */
    static ApiException unknownSetupCode() {
        return coded(
                ProblemType.NOT_FOUND,
                "setup_code_unknown",
                "No controller is waiting with this setup code. Check the code on the controller's screen; a code"
                        + " works for a few minutes only.");
    }

    /** The device's setup token: unknown, or its secret was collected already. */
    static ApiException unknownSetupToken() {
        return coded(
                ProblemType.NOT_FOUND,
                "setup_token_unknown",
                "This setup is unknown or finished. Ask for a new setup code.");
    }

    static ApiException setupExpired() {
        return coded(ProblemType.GONE, "setup_expired", "This setup code has expired. Ask for a new setup code.");
    }

    static ApiException tooManyControllers(int max) {
        return coded(
                ProblemType.CONFLICT,
                "too_many_controllers",
                "You have " + max + " controllers, the most allowed. Revoke one first.");
    }

    static NotFoundException notFound(UUID id) {
        return NotFoundException.forId("controller", id);
    }
}
