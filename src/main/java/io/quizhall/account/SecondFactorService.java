package io.quizhall.account;

import io.quizhall.account.AccountPayloads.BackupCodes;
import io.quizhall.account.AccountPayloads.SecondFactorStatus;
import io.quizhall.account.AccountPayloads.TotpSetup;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.QrCode;
import io.quizhall.shared.RateLimitedException;
import io.quizhall.shared.RateLimiter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors: TOTP (set up, confirmed by a code, then required), single-use backup codes, and the second
 * step of a password sign-in. Wrong codes count against a per-account limit; every accepted TOTP time step is
 * remembered, so no code works twice.
 */
@Service
class SecondFactorService {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorService.class);
    static final int BACKUP_CODE_COUNT = 10;
    private static final String ISSUER = "Quizhall";
    /** No 0/o, 1/l/i: codes are read off paper. 31 symbols, 10 of them: about 49 bits per code. */
    private static final char[] BACKUP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserRepository users;
    private final BackupCodeRepository backupCodes;
    private final FidoCredentialRepository passkeys;
    private final SecretCipher cipher;
    private final PasswordEncoder passwordEncoder;
    private final SessionService sessions;
    private final RateLimiter limiter;
    private final RateLimiter.Limit failures;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(
            UserRepository users,
            BackupCodeRepository backupCodes,
            FidoCredentialRepository passkeys,
            SecretCipher cipher,
            PasswordEncoder passwordEncoder,
            SessionService sessions,
            RateLimiter limiter,
            AccountProperties properties,
            Clock clock) {
        this.users = users;
        this.backupCodes = backupCodes;
        this.passkeys = passkeys;
        this.cipher = cipher;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.limiter = limiter;
        this.failures = new RateLimiter.Limit(properties.secondFactorMaxFailures(), properties.secondFactorWindow());
        this.clock = clock;
    }

    /** Whether a password sign-in of this account needs a second step: TOTP is on or a passkey exists. */
    boolean isRequired(User user) {
        return user.totpEnabled() || passkeys.countByUserId(user.id()) > 0;
    }

    /** The ways this account can complete a second step, in the order the sign-in screen offers them. */
    List<String> methods(User user) {
        var methods = new ArrayList<String>();
        if (user.totpEnabled()) {
            methods.add("totp");
        }
        if (passkeys.countByUserId(user.id()) > 0) {
            methods.add("passkey");
        }
        if (backupCodes.countByUserId(user.id()) > 0) {
            methods.add("backup-code");
        }
        return methods;
    }

    @Transactional(readOnly = true)
    SecondFactorStatus status(UUID userId) {
        User user = get(userId);
        return new SecondFactorStatus(
                user.totpEnabled(),
                backupCodes.countByUserId(userId),
                passkeys.countByUserId(userId),
                user.passwordHash() != null);
    }

    /**
     * Draws a new secret and keeps it sealed, not yet enabled. The answer is the only time the secret leaves the
     * server; a second setup before confirming replaces it.
     */
    @Transactional
    TotpSetup setUpTotp(UUID userId) {
        User user = get(userId);
        if (user.totpEnabled()) {
            throw new AccountExceptions.TotpAlreadyEnabled();
        }
        byte[] secret = Totp.newSecret();
        user.beginTotpSetup(cipher.encrypt(userId, secret));
        return new TotpSetup(Totp.base32(secret), Totp.uri(ISSUER, user.username(), secret), QR_CODE_PATH);
    }

    static final String QR_CODE_PATH = "/api/v1/account/totp/setup/qr";

    /**
     * The QR code of a setup that is not confirmed yet, as a PNG: a path of our own, because the pages' CSP allows
     * no {@code data:} images. Gone (404) once TOTP is on, so the secret cannot be read back later.
     */
    @Transactional(readOnly = true)
    byte[] setupQrCode(UUID userId) {
        User user = get(userId);
        byte[] sealed = user.totpSecret();
        if (user.totpEnabled() || sealed == null) {
            throw NotFoundException.forId("TOTP setup", userId);
        }
        return QrCode.png(Totp.uri(ISSUER, user.username(), cipher.decrypt(userId, sealed)));
    }

    /** Turns TOTP on once the user shows a valid code from the app; answers the first set of backup codes. */
    @Transactional
    BackupCodes confirmTotp(UUID userId, String code) {
        User user = get(userId);
        if (user.totpEnabled()) {
            throw new AccountExceptions.TotpAlreadyEnabled();
        }
        byte[] sealed = user.totpSecret();
        if (sealed == null) {
            throw new AccountExceptions.TotpSetupMissing();
        }
        checkThrottle(userId);
        users.forgetTotpSteps(userId);
        if (!acceptTotp(userId, cipher.decrypt(userId, sealed), code)) {
            recordFailure(userId);
        }
        user.enableTotp();
        log.info("TOTP enabled for account {}", userId);
        return replaceBackupCodes(userId);
    }

    /** Turns TOTP off (a sensitive change); backup codes go too unless a passkey still needs them. */
    @Transactional
    void disableTotp(UUID userId, @Nullable UUID sessionId) {
        sessions.requireFreshProof(sessionId);
        User user = get(userId);
        user.disableTotp();
        if (passkeys.countByUserId(userId) == 0) {
            backupCodes.deleteByUserId(userId);
        }
        log.info("TOTP disabled for account {}", userId);
    }

    @Transactional
    BackupCodes regenerateBackupCodes(UUID userId, @Nullable UUID sessionId) {
        sessions.requireFreshProof(sessionId);
        User user = get(userId);
        if (!isRequired(user)) {
            throw new AccountExceptions.NoSecondFactor();
        }
        return replaceBackupCodes(userId);
    }

    /**
     * Checks a second-step code: a 6-digit TOTP code if TOTP is on, otherwise (or if that fails) a backup code,
     * which is then used up. Throttled per account; a wrong code throws {@code invalid-code}.
     */
    @Transactional
    void verifyCode(User user, String rawCode) {
        checkThrottle(user.id());
        String code = rawCode.strip();
        byte[] sealed = user.totpSecret();
        boolean accepted = user.totpEnabled() && sealed != null && code.length() == Totp.DIGITS
                ? acceptTotp(user.id(), cipher.decrypt(user.id(), sealed), code)
                : consumeBackupCode(user.id(), code);
        if (!accepted) {
            recordFailure(user.id());
        }
    }

    /** After a second step or a passkey: nothing to count against the account any more. */
    void clearFailures(UUID userId) {
        limiter.reset(throttleKey(userId));
    }

    /** A password check as proof for re-authentication; counted against the same limit as wrong codes. */
    @Transactional(readOnly = true)
    void verifyPassword(User user, String password) {
        checkThrottle(user.id());
        String hash = user.passwordHash();
        if (hash == null || !passwordEncoder.matches(password, hash)) {
            recordFailure(user.id());
        }
    }

    private boolean acceptTotp(UUID userId, byte[] secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        return step.isPresent() && users.acceptTotpStep(userId, step.getAsLong()) == 1;
    }

    private boolean consumeBackupCode(UUID userId, String code) {
        String normalised = normaliseBackupCode(code);
        if (normalised.length() != 10) {
            return false;
        }
        for (BackupCode candidate : backupCodes.findByUserId(userId)) {
            if (candidate.matches(normalised, passwordEncoder)) {
                // Deleting is what uses it: of two concurrent requests with the same code only one deletes it.
                return backupCodes.consume(candidate.id()) == 1;
            }
        }
        return false;
    }

    private BackupCodes replaceBackupCodes(UUID userId) {
        backupCodes.deleteByUserId(userId);
        var shown = new ArrayList<String>(BACKUP_CODE_COUNT);
        for (int i = 0; i < BACKUP_CODE_COUNT; i++) {
            var code = new StringBuilder(10);
            for (int j = 0; j < 10; j++) {
                code.append(BACKUP_ALPHABET[random.nextInt(BACKUP_ALPHABET.length)]);
            }
            backupCodes.save(new BackupCode(userId, passwordEncoder.encode(code.toString()), clock.instant()));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return new BackupCodes(shown);
    }

    static String normaliseBackupCode(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private void checkThrottle(UUID userId) {
        var wait = limiter.waitTime(throttleKey(userId), failures);
        if (!wait.isZero()) {
            throw new RateLimitedException("Too many wrong codes. Try again later.", wait);
        }
    }

    private void recordFailure(UUID userId) {
        limiter.tryConsume(throttleKey(userId), failures);
        throw new AccountExceptions.InvalidCode();
    }

    private static String throttleKey(UUID userId) {
        return "second-factor:" + userId;
    }

    private User get(UUID userId) {
        return users.findById(userId).orElseThrow(AccountExceptions.InvalidCredentials::new);
    }
}
