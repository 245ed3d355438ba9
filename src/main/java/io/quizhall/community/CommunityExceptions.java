package io.quizhall.community;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.ProblemType;

/** The community feature's errors, one class per meaning. */
final class CommunityExceptions {

    private CommunityExceptions() {}

    /** A signed-in user without the role an endpoint needs; the security configuration says so first. */
    static final class NotAllowed extends ApiException {
        NotAllowed() {
            super(ProblemType.FORBIDDEN, "You may not do this.");
        }
    }

    static final class OwnQuiz extends ApiException {
        OwnQuiz() {
            super(ProblemType.CONFLICT, "You cannot rate or report your own quiz.");
        }
    }

    /** Administrators cannot lock themselves or a configured administrator out. */
    static final class ProtectedAccount extends ApiException {
        ProtectedAccount() {
            super(
                    ProblemType.CONFLICT,
                    "You cannot disable, delete or change the roles of yourself or of an administrator named in the"
                            + " configuration.");
        }
    }
}
