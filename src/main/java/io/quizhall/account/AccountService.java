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

    /** Checks the password under the login throttle and starts a session. */
    /** A started session: the account and the cookie value, which exists nowhere else. */
    record LoggedIn(AccountPayloads.AccountDetails account, String sessionKey) {}

    @Transactional
    LoggedIn login(String login, String password, String clientAddress, @Nullable String userAgent) {
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
        var started = sessions.start(user, clientAddress, userAgent);
        return new LoggedIn(AccountPayloads.AccountDetails.of(user, roles.of(user)), started.key());
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
    void changePassword(UUID userId, UUID currentSession, String oldPassword, String newPassword) {
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
    void deleteAccount(UUID userId, String password) {
        User user = get(userId);
        if (user.passwordHash() == null || !passwordEncoder.matches(password, user.passwordHash())) {
            throw InvalidFieldsException.of("password", "is not your current password");
        }
        users.delete(user);
        log.info("Deleted account {} ({})", user.username(), user.id());
    }

    private void setPassword(User user, String password, String field) {
        passwordPolicy.problem(password, user.username(), user.email()).ifPresent(problem -> {
            throw InvalidFieldsException.of(field, problem);
        });
        user.changePasswordHash(passwordEncoder.encode(password));
    }
}
