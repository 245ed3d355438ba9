package io.quizhall.remote;

import io.quizhall.account.CurrentUser;
import io.quizhall.game.ControllerSeats;
import io.quizhall.remote.RemotePayloads.AddRequest;
import io.quizhall.remote.RemotePayloads.ControllerDetails;
import io.quizhall.remote.RemotePayloads.DeviceJoined;
import io.quizhall.remote.RemotePayloads.PingReply;
import io.quizhall.remote.RemotePayloads.SetupStarted;
import io.quizhall.remote.RemotePayloads.SetupStatus;
import io.quizhall.remote.RemotePayloads.UpdateRequest;
import io.quizhall.shared.ControlCharacters;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RateLimitedException;
import io.quizhall.shared.RateLimiter;
import io.quizhall.shared.SecureTokens;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remote button controllers: setting one up with a setup code, the teacher's list and changes, and the device's
 * pings and joins (docs/controllers.md). A device is known by the SHA-256 hash of its secret only.
 */
@Service
class RemoteControllers {

    /** Setup codes: no 0/O, 1/I/L, so a code read off a small screen is typed right. */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    static final int CODE_LENGTH = 10;
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** 24 characters of 62: about 143 random bits, so a plain SHA-256 is the right way to keep it. */
    static final int SECRET_LENGTH = 24;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** How often a device waiting for its teacher asks whether the code was entered. */
    private static final Duration POLL = Duration.ofSeconds(5);

    private final RemoteControllerRepository controllers;
    private final ControllerSetupRepository setups;
    private final ControllerSeats seats;
    private final RemoteSeats remoteSeats;
    private final RateLimiter rateLimiter;
    private final RemoteProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RemoteControllers(
            RemoteControllerRepository controllers,
            ControllerSetupRepository setups,
            ControllerSeats seats,
            RemoteSeats remoteSeats,
            RateLimiter rateLimiter,
            RemoteProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.controllers = controllers;
        this.setups = setups;
        this.seats = seats;
        this.remoteSeats = remoteSeats;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    // --- setting a device up ---

    SetupStarted startSetup(@Nullable String firmwareVersion, String clientAddress) {
        rateLimiter.consumeOrThrow(
                "remote:setup:" + clientAddress,
                new RateLimiter.Limit(properties.setupsPerMinute(), MINUTE),
                "Too many setup codes from your network. Wait a minute.");
        String firmware = firmware("firmwareVersion", firmwareVersion);
        // PostgreSQL keeps microseconds and rounds the rest: the expiry must be the one the database holds.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String code = random(CODE_ALPHABET, CODE_LENGTH);
        String token = SecureTokens.newToken();
        Instant expiresAt = now.plus(properties.setupCodeTtl());
        transactions.executeWithoutResult(status -> {
            setups.deleteExpired(now);
            setups.save(new ControllerSetup(
                    SecureTokens.sha256(code), SecureTokens.sha256(token), firmware, now, expiresAt));
        });
        return new SetupStarted(code, token, expiresAt, POLL.toSeconds());
    }

    SetupStatus collect(@Nullable String setupToken) {
        if (setupToken == null || setupToken.isBlank()) {
            throw InvalidFieldsException.of("setupToken", "must not be blank");
        }
        Instant now = clock.instant();
        var result = transactions.execute(status -> {
            ControllerSetup setup = setups.findByTokenHash(SecureTokens.sha256(setupToken))
                    .orElseThrow(RemoteExceptions::unknownSetupToken);
            if (setup.isExpired(now)) {
                setups.delete(setup);
                return null;
            }
            if (!setup.isPaired()) {
                return SetupStatus.waiting(setup.expiresAt(), POLL);
            }
            RemoteController controller =
                    controllers.findById(setup.controllerId()).orElseThrow(RemoteExceptions::unknownSetupToken);
            // Sent once: the row, and with it the only copy of the secret, goes now.
            setups.delete(setup);
            return SetupStatus.ready(setup.expiresAt(), controller, setup.secret());
        });
        if (result == null) {
            throw RemoteExceptions.setupExpired();
        }
        return result;
    }

    // --- the teacher ---

    ControllerDetails add(CurrentUser user, AddRequest request) {
        rateLimiter.consumeOrThrow(
                "remote:pair:" + user.id(),
                new RateLimiter.Limit(properties.pairingsPerMinute(), MINUTE),
                "Too many setup codes entered. Wait a minute.");
        var errors = new ArrayList<FieldError>();
        String code = setupCode(request.setupCode(), errors);
        String name = name("name", request.name(), errors);
        String playerName = playerName(request.playerName(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        Instant now = clock.instant();
        RemoteController added = transactions.execute(status -> {
            if (controllers.countByUserIdAndRevokedAtIsNull(user.id()) >= properties.maxControllers()) {
                throw RemoteExceptions.tooManyControllers(properties.maxControllers());
            }
            ControllerSetup setup = setups.findByCodeHash(SecureTokens.sha256(code))
                    .filter(found -> !found.isExpired(now) && !found.isPaired())
                    .orElseThrow(RemoteExceptions::unknownSetupCode);
            String secret = random(SECRET_ALPHABET, SECRET_LENGTH);
            var controller = new RemoteController(user.id(), name, playerName, SecureTokens.sha256(secret), now);
            controller.reportFirmware(setup.firmwareVersion());
            controllers.saveAndFlush(controller);
            setup.pair(controller.id(), secret);
            return controller;
        });
        return details(added, now);
    }

    List<ControllerDetails> list(CurrentUser user) {
        Instant now = clock.instant();
        return transactions.execute(status -> controllers.findByUserIdOrderByCreatedAtAsc(user.id()).stream()
                .map(controller -> details(controller, now))
                .toList());
    }

    ControllerDetails update(CurrentUser user, UUID id, UpdateRequest request) {
        var errors = new ArrayList<FieldError>();
        String name = request.name() == null ? null : name("name", request.name(), errors);
        String playerName = request.playerName() == null ? null : playerName(request.playerName(), errors);
        String wanted = request.wantedFirmwareVersion() == null
                ? null
                : firmware("wantedFirmwareVersion", request.wantedFirmwareVersion(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return transactions.execute(status -> {
            RemoteController controller = owned(user, id);
            if (name != null || playerName != null) {
                controller.rename(
                        name == null ? controller.name() : name,
                        playerName == null ? controller.playerName() : playerName);
            }
            if (request.wantedFirmwareVersion() != null) {
                controller.wantFirmware(wanted == null || wanted.isEmpty() ? null : wanted);
            }
            controllers.saveAndFlush(controller);
            return details(controller, clock.instant());
        });
    }

    /**
     * Revokes for good, then takes the controller out of the games it still plays (after the commit: Redis is not
     * part of the transaction). Revoking again changes nothing but tries those games again.
     */
    ControllerDetails revoke(CurrentUser user, UUID id) {
        ControllerDetails revoked = transactions.execute(status -> {
            RemoteController controller = owned(user, id);
            controller.revoke(clock.instant());
            controllers.saveAndFlush(controller);
            return details(controller, clock.instant());
        });
        remoteSeats.leaveAll(id);
        return revoked;
    }

    private RemoteController owned(CurrentUser user, UUID id) {
        return controllers.findByIdAndUserId(id, user.id()).orElseThrow(() -> RemoteExceptions.notFound(id));
    }

    private ControllerDetails details(RemoteController controller, Instant now) {
        return ControllerDetails.of(controller, now, properties.onlineWindow());
    }

    // --- the device, with its secret ---

    PingReply ping(@Nullable String secret, @Nullable String firmwareVersion, String clientAddress) {
        String firmware = firmware("firmwareVersion", firmwareVersion);
        RemoteController controller = checkedIn(authenticate(secret, clientAddress), firmware);
        return PingReply.of(controller, properties.pingInterval(), clock.instant());
    }

    /**
     * Seats the controller in a game as a player. The game's part runs outside any database transaction (it is
     * Redis only); its refusals ({@code game_not_found}, {@code lobby_locked}, ...) reach the device as they are.
     */
    DeviceJoined join(@Nullable String secret, @Nullable String pin, String clientAddress) {
        if (pin == null || pin.isBlank()) {
            throw InvalidFieldsException.of("pin", "must not be blank");
        }
        RemoteController controller = checkedIn(authenticate(secret, clientAddress), null);
        var seat = seats.join(pin.strip(), controller.id(), controller.playerName(), clientAddress);
        remoteSeats.joined(controller.id(), seat.gameId(), seat.playerId());
        // Revoked while it joined: the revocation may have looked for its games before this one was recorded.
        if (controllers
                .findById(controller.id())
                .map(RemoteController::isRevoked)
                .orElse(true)) {
            seats.remove(seat.gameId(), seat.playerId(), controller.id());
            throw RemoteExceptions.revoked();
        }
        return new DeviceJoined(
                seat.gameId(),
                seat.playerId(),
                seat.nickname(),
                seat.token(),
                seat.team(),
                "/topic/games." + seat.gameId() + ".question",
                "/app/games/" + seat.gameId() + "/answer");
    }

    /**
     * The controller with this secret, counted against its own limit. Unknown secrets are counted per address,
     * so guessing is slow; a revoked controller is told so (only its holder knows its secret). Reads only: the
     * limits (Redis) are checked outside any database transaction.
     */
    private RemoteController authenticate(@Nullable String secret, String clientAddress) {
        String unknownKey = "remote:unknown:" + clientAddress;
        var unknownLimit = new RateLimiter.Limit(properties.unknownSecretsPerMinute(), MINUTE);
        Duration wait = rateLimiter.waitTime(unknownKey, unknownLimit);
        if (!wait.isZero()) {
            throw new RateLimitedException("Too many requests with unknown secrets from your network. Wait.", wait);
        }
        RemoteController controller = secret == null || secret.isBlank()
                ? null
                : controllers
                        .findBySecretKeyHash(SecureTokens.sha256(secret.strip()))
                        .orElse(null);
        if (controller == null) {
            rateLimiter.tryConsume(unknownKey, unknownLimit);
            throw RemoteExceptions.unknownController();
        }
        if (controller.isRevoked()) {
            throw RemoteExceptions.revoked();
        }
        rateLimiter.consumeOrThrow(
                "remote:device:" + controller.id(),
                new RateLimiter.Limit(properties.deviceRequestsPerMinute(), MINUTE),
                "Too many requests from this controller. Wait a minute.");
        return controller;
    }

    /**
     * Records that the device was heard from. Only the seen columns are written (the entity updates changed
     * columns only), so a ping never undoes a teacher's change made meanwhile, nor the other way round; a
     * controller revoked meanwhile is refused.
     */
    private RemoteController checkedIn(RemoteController authenticated, @Nullable String firmware) {
        return transactions.execute(status -> {
            RemoteController controller =
                    controllers.findById(authenticated.id()).orElseThrow(RemoteExceptions::unknownController);
            if (controller.isRevoked()) {
                throw RemoteExceptions.revoked();
            }
            controller.checkIn(clock.instant(), firmware);
            return controller;
        });
    }

    // --- rules for what people type ---

    /** Upper case, without spaces and dashes (a device may show {@code ABCDE-FGHJK}). */
    private static String setupCode(@Nullable String raw, List<FieldError> errors) {
        String code = raw == null ? "" : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0)) {
            errors.add(
                    new FieldError("setupCode", "has " + CODE_LENGTH + " letters and digits, as the controller shows"));
        }
        return code;
    }

    private String name(String field, @Nullable String raw, List<FieldError> errors) {
        String name = raw == null
                ? ""
                : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (name.isEmpty()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (name.codePointCount(0, name.length()) > properties.nameMaxLength()) {
            errors.add(new FieldError(field, "has at most " + properties.nameMaxLength() + " characters"));
        } else if (ControlCharacters.in(name)) {
            errors.add(new FieldError(field, ControlCharacters.MESSAGE));
        }
        return name;
    }

    /** The name it plays under: a nickname by the game's rules, checked now rather than at the first game. */
    private String playerName(@Nullable String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError("playerName", "must not be blank"));
            return "";
        }
        var checked = seats.playerName(raw);
        if (checked.problem() != null) {
            errors.add(new FieldError("playerName", checked.problem()));
        }
        return checked.name();
    }

    private @Nullable String firmware(String field, @Nullable String raw) {
        var errors = new ArrayList<FieldError>();
        String firmware = raw == null ? null : firmware(field, raw, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return firmware == null || firmware.isEmpty() ? null : firmware;
    }

    /** A version text: printable ASCII without spaces, such as {@code 1.4.2} or {@code 2.0.0-beta.1+esp32}. */
    private String firmware(String field, String raw, List<FieldError> errors) {
        String version = raw.strip();
        if (version.length() > properties.firmwareMaxLength()) {
            errors.add(new FieldError(field, "has at most " + properties.firmwareMaxLength() + " characters"));
        } else if (!version.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            errors.add(new FieldError(field, "has printable ASCII characters only, no spaces"));
        }
        return version;
    }

    private static String random(String alphabet, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
