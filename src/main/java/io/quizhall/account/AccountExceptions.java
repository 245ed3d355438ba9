package io.quizhall.account;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.ProblemType;

/** The account feature's errors, one class per meaning. */
final class AccountExceptions {

    private AccountExceptions() {}

    /** Same answer for an unknown login and a wrong password, so nobody can probe which accounts exist. */
    static final class InvalidCredentials extends ApiException {
        InvalidCredentials() {
            super(ProblemType.INVALID_CREDENTIALS, "The username, email or password is wrong.");
        }
    }

    static final class EmailNotVerified extends ApiException {
        EmailNotVerified() {
            super(ProblemType.EMAIL_NOT_VERIFIED, "Confirm your email address with the link we sent you first.");
        }
    }

    static final class RegistrationDisabled extends ApiException {
        RegistrationDisabled() {
            super(ProblemType.REGISTRATION_DISABLED, "This Quizhall does not accept new accounts.");
        }
    }

    static final class InvalidToken extends ApiException {
        InvalidToken() {
            super(ProblemType.INVALID_TOKEN, "This link is invalid, expired or already used.");
        }
    }
}
