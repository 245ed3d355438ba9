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

    /** Said only after the password (or another proof) was right, so it reveals nothing to a stranger. */
    static final class AccountDisabled extends ApiException {
        AccountDisabled() {
            super(ProblemType.ACCOUNT_DISABLED, "An administrator disabled this account.");
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

    /** A TOTP code that is wrong, outside the time window or already used, or an unknown backup code. */
    static final class InvalidCode extends ApiException {
        InvalidCode() {
            super(ProblemType.INVALID_CODE, "The code is wrong, expired or already used.");
        }
    }

    /** The pending-login token is unknown, expired or used: the sign-in starts again with the password. */
    static final class LoginExpired extends ApiException {
        LoginExpired() {
            super(ProblemType.LOGIN_EXPIRED, "This sign-in has expired. Start again with your password.");
        }
    }

    static final class ReauthenticationRequired extends ApiException {
        ReauthenticationRequired() {
            super(
                    ProblemType.REAUTHENTICATION_REQUIRED,
                    "Confirm it is you (password, authenticator code or passkey) before this change.");
        }
    }

    static final class TotpAlreadyEnabled extends ApiException {
        TotpAlreadyEnabled() {
            super(ProblemType.CONFLICT, "Two-step sign-in with an authenticator app is already on.");
        }
    }

    static final class TotpSetupMissing extends ApiException {
        TotpSetupMissing() {
            super(ProblemType.CONFLICT, "Start the authenticator app setup first.");
        }
    }

    static final class NoSecondFactor extends ApiException {
        NoSecondFactor() {
            super(ProblemType.CONFLICT, "Turn on an authenticator app or add a passkey first.");
        }
    }

    /** A passkey ceremony that failed: bad signature, unknown or foreign credential, expired challenge, clone. */
    static final class PasskeyRejected extends ApiException {
        PasskeyRejected() {
            super(ProblemType.PASSKEY_REJECTED, "This passkey could not be verified. Try again or use another way.");
        }
    }
}
