package io.quizhall.account;

import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.SecureTokens;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registration, email verification, login and the password lifecycle of local accounts. */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final String RESET_KEY = "qh:password-reset:";
    /** The hash of an account's one live reset token, so a new token can end the one before. */
    private static final String RESET_OF_USER_KEY = "qh:password-reset-of:";

    private final UserRepository users;
    private final SessionService sessions;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final MailThrottle mailThrottle;
    private final Mailer mailer;
    private final StringRedisTemplate redis;
    private final AccountProperties properties;
    private final Roles roles;
    private final SecondFactorService secondFactors;
    private final PendingLogins pendingLogins;
    private final Clock clock;
    private final String dummyHash;

    AccountService(
            UserRepository users,
            SessionService sessions,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            LoginThrottle throttle,
            MailThrottle mailThrottle,
            Mailer mailer,
            StringRedisTemplate redis,
            AccountProperties properties,
            Roles roles,
            SecondFactorService secondFactors,
            PendingLogins pendingLogins,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.mailThrottle = mailThrottle;
        this.mailer = mailer;
        this.redis = redis;
        this.properties = properties;
        this.roles = roles;
        this.secondFactors = secondFactors;
        this.pendingLogins = pendingLogins;
        this.clock = clock;
        // Checked against when the login names no account, so both cases cost one Argon2 verification.
        this.dummyHash = passwordEncoder.encode(SecureTokens.newToken());
    }

    /** Whether a sign-in session still holds: live-game host connections re-check theirs before host actions. */
    public boolean isSessionActive(UUID sessionId) {
        return sessions.isActive(sessionId);
    }

    /** Who a user id belongs to, for other features that show names. */
    @Transactional(readOnly = true)
    public Optional<String> usernameOf(UUID userId) {
        return users.findById(userId).map(User::username);
    }

    /**
     * E-mails a user on another feature's behalf (a reminder), in the background; nothing for an account without a
     * verified address. Without SMTP the message is logged, like every account e-mail.
     */
    @Transactional(readOnly = true)
    public void mail(UUID userId, String subject, String text) {
        users.findById(userId)
                .filter(user -> user.email() != null && user.verified())
                .ifPresent(user -> mailer.send(user.email(), subject, text));
    }

    /**
     * The account's e-mail address if it is verified, for features that send e-mail themselves and must know whether
     * it went out (notifications retry a failed delivery).
     */
    @Transactional(readOnly = true)
    public Optional<String> verifiedEmailOf(UUID userId) {
        return users.findById(userId)
                .filter(user -> user.email() != null && user.verified())
                .map(User::email);
    }

    /** The account with this username (case-insensitive), for features where one user names another. */
    @Transactional(readOnly = true)
    public Optional<UUID> idOfUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(User::id);
    }

    /**
     * Counts {@code bytes} against the user's storage quota if they fit: true if they did. Runs in the caller's
     * transaction (the storage feature inserts the file's row in the same one), so the count and the files never
     * drift apart: if the insert fails, the count is rolled back with it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reserveStorage(UUID userId, long bytes, long quota) {
        return users.reserveStorage(userId, bytes, quota) == 1;
    }

    /** Gives {@code bytes} back to the user's storage quota, in the caller's transaction (a file's delete). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseStorage(UUID userId, long bytes) {
        users.releaseStorage(userId, bytes);
    }

    /** The bytes the user's live files take, as last committed. */
    @Transactional(readOnly = true)
    public long storageUsed(UUID userId) {
        return users.storageUsed(userId).orElse(0L);
    }

    /**
     * Creates an account and mails its verification link. An email that already has an account gets the same
     * answer as a new one (no enumeration): nothing is created, and the owner is told by email instead. Both ways
     * cost one Argon2 hash, so the timing does not tell either. Usernames are public, so a taken one is a 409.
     */
    @Transactional
    AccountPayloads.AccountDetails register(String email, String username, String password) {
        if (!properties.registrationEnabled()) {
            throw new AccountExceptions.RegistrationDisabled();
        }
        String cleanEmail = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC);
        String cleanUsername = Normalizer.normalize(username.strip(), Normalizer.Form.NFKC);
        passwordPolicy.problem(password, cleanUsername, cleanEmail).ifPresent(problem -> {
            throw InvalidFieldsException.of("password", problem);
        });
        if (users.existsByUsernameIgnoreCase(cleanUsername)) {
            throw new InvalidFieldsException(
                    ProblemType.CONFLICT, List.of(new FieldError("username", "is already taken")));
        }
        var user = new User(cleanEmail, cleanUsername, passwordEncoder.encode(password), clock.instant());
        Optional<User> owner = users.findByEmailIgnoreCase(cleanEmail);
        if (owner.isPresent()) {
            tellOwnerOfRegistrationAttempt(owner.get());
            // The account that would have been created, never saved: the answer looks like any other.
            return AccountPayloads.AccountDetails.of(user, roles.of(user));
        }
        String token = SecureTokens.newToken();
        user.awaitVerification(SecureTokens.sha256(token));
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            // Another registration took the name or email between our check and the insert.
            throw new InvalidFieldsException(
                    ProblemType.CONFLICT, List.of(new FieldError("username", "or email is already taken")));
        }
        mailer.send(
                user.email(),
                "Confirm your Quizhall account",
                "Hello " + user.username() + ",\n\nconfirm your email address by opening this link:\n\n"
                        + properties.link("/api/v1/auth/verify-email?token=" + token)
                        + "\n\nIf you did not create an account, ignore this email.\n");
        log.info("Registered account {} ({})", user.username(), user.id());
        return AccountPayloads.AccountDetails.of(user, roles.of(user));
    }

    private void tellOwnerOfRegistrationAttempt(User owner) {
        log.info("Registration attempt with the email of account {} ({})", owner.username(), owner.id());
        if (!mailThrottle.mayMail(owner.id())) {
            return;
        }
        mailer.send(
                owner.email(),
                "Someone tried to register with your email address",
                "Hello " + owner.username() + ",\n\nsomeone tried to create a Quizhall account with this email"
                        + " address, which already has an account: yours, with the username " + owner.username()
                        + ".\n\nIf it was you, log in at " + properties.link("/")
                        + " instead, or reset your password there if you forgot it.\n\nIf it was not you,"
                        + " ignore this email; nothing has changed.\n");
    }

    @Transactional
    void verifyEmail(String token) {
        User user =
                users.findByVerifyKeyHash(SecureTokens.sha256(token)).orElseThrow(AccountExceptions.InvalidToken::new);
        user.markVerified();
    }

    /** What a sign-in step ends in: a session, or the need for a second step. */
    sealed interface LoginResult permits LoggedIn, SecondStepRequired {}

    /** A started session: the account and the cookie value, which exists nowhere else. */
    record LoggedIn(AccountPayloads.AccountDetails account, String sessionKey) implements LoginResult {}

    /** The password was right, but the account has second factors: no session yet, only a pending-login token. */
    record SecondStepRequired(AccountPayloads.PendingLogin pending) implements LoginResult {}

    /**
     * Checks the password under the login throttle. Accounts with second factors get a pending-login token
     * instead of a session; everyone else gets a session.
     */
    @Transactional
    LoginResult login(String login, String password, String clientAddress, @Nullable String userAgent) {
        String account = login.strip();
        Optional<User> found = users.findByLogin(account);
        String throttleKey = found.map(user -> user.id().toString()).orElse(account);
        throttle.checkAllowed(throttleKey, clientAddress);
        String hash = found.map(User::passwordHash).orElse(null);
        boolean matches = passwordEncoder.matches(password, hash != null ? hash : dummyHash) && hash != null;
        if (!matches) {
            throttle.recordFailure(throttleKey, clientAddress);
            throw new AccountExceptions.InvalidCredentials();
        }
        User user = found.get();
        throttle.recordSuccess(throttleKey);
        if (!user.verified() && mailer.isEnabled()) {
            throw new AccountExceptions.EmailNotVerified();
        }
        if (secondFactors.isRequired(user)) {
            String token = pendingLogins.start(user.id());
            return new SecondStepRequired(new AccountPayloads.PendingLogin(
                    token, secondFactors.methods(user), clock.instant().plus(pendingLoginTtl())));
        }
        return startSession(user, clientAddress, userAgent);
    }

    /**
     * The second step: a TOTP or backup code for a pending login. Only a right code turns the token into a
     * session; a wrong one leaves the token for another try (within the per-account limit) until it expires.
     */
    @Transactional
    LoggedIn completeLogin(String pendingToken, String code, String clientAddress, @Nullable String userAgent) {
        User user = pendingLogins
                .owner(pendingToken)
                .flatMap(users::findById)
                .orElseThrow(AccountExceptions.LoginExpired::new);
        secondFactors.verifyCode(user, code);
        return finishPendingLogin(pendingToken, user, clientAddress, userAgent);
    }

    /** Ends a pending login whose second step succeeded (a code here, or a passkey) with a session. */
    @Transactional
    LoggedIn finishPendingLogin(String pendingToken, User user, String clientAddress, @Nullable String userAgent) {
        if (!pendingLogins.finish(pendingToken, user.id())) {
            throw new AccountExceptions.LoginExpired();
        }
        secondFactors.clearFailures(user.id());
        return startSession(user, clientAddress, userAgent);
    }

    /** Whose pending login a token is; {@code login-expired} if none. */
    User pendingLoginOwner(String pendingToken) {
        return pendingLogins
                .owner(pendingToken)
                .flatMap(users::findById)
                .orElseThrow(AccountExceptions.LoginExpired::new);
    }

    LoggedIn startSession(User user, String clientAddress, @Nullable String userAgent) {
        // Every way in (password, second step, passkey, provider) ends here; the password was already right.
        if (user.isDisabled()) {
            throw new AccountExceptions.AccountDisabled();
        }
        var started = sessions.start(user, clientAddress, userAgent);
        return new LoggedIn(AccountPayloads.AccountDetails.of(user, roles.of(user)), started.key());
    }

    private Duration pendingLoginTtl() {
        return pendingLogins.ttl();
    }

    /**
     * Renews the session's proof of identity for sensitive changes ("sudo mode"): the password, or a TOTP or
     * backup code. Passkeys renew it through the passkey ceremony.
     */
    @Transactional
    void reauthenticate(UUID userId, @Nullable UUID sessionId, @Nullable String password, @Nullable String code) {
        if (sessionId == null) {
            throw new AccountExceptions.ReauthenticationRequired();
        }
        User user = get(userId);
        if (password != null) {
            secondFactors.verifyPassword(user, password);
        } else if (code != null) {
            secondFactors.verifyCode(user, code);
        } else {
            throw InvalidFieldsException.of("password", "or code is required");
        }
        sessions.markProven(sessionId);
    }

    @Transactional(readOnly = true)
    AccountPayloads.AccountDetails details(UUID userId) {
        User user = get(userId);
        return AccountPayloads.AccountDetails.of(user, roles.of(user));
    }

    private User get(UUID userId) {
        return users.findById(userId).orElseThrow(AccountExceptions.InvalidCredentials::new);
    }

    @Transactional
    void changePassword(UUID userId, @Nullable UUID currentSession, String oldPassword, String newPassword) {
        sessions.requireFreshProof(currentSession);
        User user = get(userId);
        if (user.passwordHash() == null || !passwordEncoder.matches(oldPassword, user.passwordHash())) {
            throw InvalidFieldsException.of("oldPassword", "is not your current password");
        }
        setPassword(user, newPassword, "newPassword");
        sessions.revokeAllExcept(userId, currentSession);
    }

    /**
     * Sends a reset link if the email has an account; answers the same either way. At most one link per account
     * works: a new one ends the one before. Throttled per client address ({@code 429}) and, silently, per account.
     */
    void forgotPassword(String email, String clientAddress) {
        mailThrottle.countResetRequest(clientAddress);
        Optional<User> found = users.findByEmailIgnoreCase(email.strip());
        if (found.isEmpty()) {
            return;
        }
        User user = found.get();
        if (!mailThrottle.mayMail(user.id())) {
            log.info("Password reset for account {} not sent: too many emails to it", user.id());
            return;
        }
        String token = SecureTokens.newToken();
        String hash = SecureTokens.sha256Hex(token);
        Duration ttl = properties.passwordResetTokenTtl();
        redis.opsForValue().set(RESET_KEY + hash, user.id().toString(), ttl);
        String previous = redis.opsForValue().setGet(RESET_OF_USER_KEY + user.id(), hash, ttl);
        if (previous != null) {
            redis.delete(RESET_KEY + previous);
        }
        mailer.send(
                user.email(),
                "Reset your Quizhall password",
                "Hello " + user.username() + ",\n\nsomeone asked to reset your password. If it was you, use this token"
                        + " within " + ttl.toMinutes() + " minutes:\n\n" + token
                        + "\n\nor open " + properties.link("/reset-password?token=" + token)
                        + "\n\nIf it was not you, ignore this email; your password stays as it is.\n");
    }

    @Transactional
    void resetPassword(String token, String newPassword) {
        String userId = redis.opsForValue().getAndDelete(RESET_KEY + SecureTokens.sha256Hex(token));
        if (userId == null) {
            throw new AccountExceptions.InvalidToken();
        }
        User user = users.findById(UUID.fromString(userId)).orElseThrow(AccountExceptions.InvalidToken::new);
        setPassword(user, newPassword, "newPassword");
        sessions.revokeAll(user.id());
    }

    @Transactional
    void deleteAccount(UUID userId, @Nullable UUID currentSession, @Nullable String password) {
        sessions.requireFreshProof(currentSession);
        User user = get(userId);
        // Accounts made by a provider sign-in have no password: the fresh proof is all they can give.
        if (user.passwordHash() != null
                && (password == null || !passwordEncoder.matches(password, user.passwordHash()))) {
            throw InvalidFieldsException.of("password", "is not your current password");
        }
        users.delete(user);
        log.info("Deleted account {} ({})", user.username(), user.id());
    }

    private void setPassword(User user, String password, String field) {
        passwordPolicy
                .problem(password, user.username(), user.email() == null ? "" : user.email())
                .ifPresent(problem -> {
                    throw InvalidFieldsException.of(field, problem);
                });
        user.changePasswordHash(passwordEncoder.encode(password));
    }
}
