package io.quizhall.notification;

import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.notification.NotificationPayloads.PlatformChoice;
import io.quizhall.notification.NotificationPayloads.PlatformRequest;
import io.quizhall.notification.NotificationPayloads.PlatformUpdate;
import io.quizhall.notification.NotificationPayloads.PlatformView;
import io.quizhall.notification.NotificationPayloads.SubscriptionList;
import io.quizhall.notification.NotificationPayloads.SubscriptionOptions;
import io.quizhall.notification.NotificationPayloads.SubscriptionRequest;
import io.quizhall.notification.NotificationPayloads.SubscriptionView;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.ControlCharacters;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RateLimiter;
import io.quizhall.shared.SecureTokens;
import io.quizhall.shared.SsrfGuard;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings of notifications: platforms, which administrators manage (every change in the audit trail), and
 * subscriptions, which each user manages for themself.
 */
@Service
public class NotificationSettings {

    static final int MAX_URL = 2000;

    private final NotificationPlatformRepository platforms;
    private final NotificationSubscriptionRepository subscriptions;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final RateLimiter rateLimiter;
    private final SsrfGuard guard;
    private final NotificationProperties properties;
    private final Clock clock;
    private final ObjectProvider<HuntLookup> hunts;

    NotificationSettings(
            NotificationPlatformRepository platforms,
            NotificationSubscriptionRepository subscriptions,
            AccountService accounts,
            AuditTrail audit,
            RateLimiter rateLimiter,
            SsrfGuard notificationSsrfGuard,
            NotificationProperties properties,
            Clock clock,
            ObjectProvider<HuntLookup> hunts) {
        this.platforms = platforms;
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.guard = notificationSsrfGuard;
        this.properties = properties;
        this.clock = clock;
        this.hunts = hunts;
    }

    // Platforms, for administrators.

    @Transactional(readOnly = true)
    public List<PlatformView> platforms(CurrentUser admin) {
        requireAdmin(admin);
        return platforms.findAllByOrderByCreatedAtAsc().stream()
                .map(platform -> PlatformView.of(platform, subscriptions.countByPlatformId(platform.id())))
                .toList();
    }

    @Transactional
    public PlatformView createPlatform(PlatformRequest request, CurrentUser admin) {
        requireAdmin(admin);
        var errors = new ArrayList<FieldError>();
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "must be one of " + Arrays.toString(PlatformKind.values())));
        }
        String name = name(request.name(), errors);
        throwIfAny(errors);
        var platform = new NotificationPlatform(
                request.kind(), name, request.enabled() == null || request.enabled(), clock.instant());
        platforms.save(platform);
        audit.record(
                admin,
                "notification.platform.create",
                "notification-platform",
                platform.id(),
                Map.of("kind", platform.kind().name(), "name", platform.name(), "enabled", platform.enabled()));
        return PlatformView.of(platform, 0);
    }

    @Transactional
    public PlatformView updatePlatform(UUID id, PlatformUpdate request, CurrentUser admin) {
        requireAdmin(admin);
        NotificationPlatform platform = platform(id);
        var errors = new ArrayList<FieldError>();
        String name = name(request.name(), errors);
        if (request.enabled() == null) {
            errors.add(new FieldError("enabled", "must not be null"));
        }
        throwIfAny(errors);
        platform.change(name, request.enabled(), clock.instant());
        audit.record(
                admin,
                "notification.platform.update",
                "notification-platform",
                id,
                Map.of("name", platform.name(), "enabled", platform.enabled()));
        return PlatformView.of(platform, subscriptions.countByPlatformId(id));
    }

    /** Deletes a platform with its subscriptions and their pending deliveries. */
    @Transactional
    public void deletePlatform(UUID id, CurrentUser admin) {
        requireAdmin(admin);
        NotificationPlatform platform = platform(id);
        long subscribed = subscriptions.countByPlatformId(id);
        platforms.delete(platform);
        audit.record(
                admin,
                "notification.platform.delete",
                "notification-platform",
                id,
                Map.of("kind", platform.kind().name(), "name", platform.name(), "subscriptions", subscribed));
    }

    // Subscriptions, for each user.

    @Transactional(readOnly = true)
    public SubscriptionOptions options() {
        return new SubscriptionOptions(
                platforms.findByEnabledTrueOrderByCreatedAtAsc().stream()
                        .map(platform -> new PlatformChoice(platform.id(), platform.kind(), platform.name()))
                        .toList(),
                List.of(NotificationType.values()));
    }

    @Transactional(readOnly = true)
    public SubscriptionList subscriptionsOf(CurrentUser user) {
        Map<UUID, NotificationPlatform> byId =
                platforms.findAll().stream().collect(Collectors.toMap(NotificationPlatform::id, Function.identity()));
        return new SubscriptionList(subscriptions.findByUserIdOrderByCreatedAtAsc(user.id()).stream()
                .map(subscription -> SubscriptionView.of(subscription, byId.get(subscription.platformId()), null))
                .toList());
    }

    /**
     * Subscribes the user. A webhook URL is checked by the SSRF guard now (and again at every delivery); the answer
     * carries the webhook's signing secret, the only time it is shown. Deliberately without a surrounding
     * transaction: resolving the URL's host may take a while, and no database connection should wait for DNS; the
     * unique constraint decides duplicates, and the per-user limit may at worst be passed by requests racing it.
     */
    public SubscriptionView subscribe(SubscriptionRequest request, CurrentUser user) {
        rateLimiter.consumeOrThrow(
                "notification-subscribe:" + user.id(),
                new RateLimiter.Limit(properties.subscriptionsPerHour(), Duration.ofHours(1)),
                "Too many new subscriptions; try again later.");
        var errors = new ArrayList<FieldError>();
        NotificationPlatform platform = null;
        if (request.platformId() == null) {
            errors.add(new FieldError("platformId", "must not be null"));
        } else {
            platform = platforms
                    .findById(request.platformId())
                    .filter(NotificationPlatform::enabled)
                    .orElse(null);
            if (platform == null) {
                errors.add(new FieldError("platformId", "is not a platform you can subscribe through"));
            }
        }
        if (request.type() == null) {
            errors.add(new FieldError("type", "must be one of " + Arrays.toString(NotificationType.values())));
        }
        if (request.huntId() != null) {
            HuntLookup lookup = hunts.getIfAvailable();
            if (lookup != null && !lookup.huntExists(request.huntId())) {
                errors.add(new FieldError("huntId", "is not a hunt"));
            }
        }
        String url = null;
        if (platform != null) {
            url = destination(platform, request.url(), user, errors);
        }
        throwIfAny(errors);
        if (subscriptions.countByUserId(user.id()) >= properties.maxSubscriptionsPerUser()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "You have " + properties.maxSubscriptionsPerUser()
                            + " subscriptions, the most an account may have.",
                    Map.of("limit", properties.maxSubscriptionsPerUser()));
        }
        String secret = platform.kind() == PlatformKind.WEBHOOK ? SecureTokens.newToken() : null;
        var subscription = new NotificationSubscription(
                user.id(), platform.id(), request.type(), request.huntId(), url, secret, clock.instant());
        try {
            subscriptions.saveAndFlush(subscription);
        } catch (DataIntegrityViolationException e) {
            throw new ApiException(ProblemType.CONFLICT, "You already have this subscription.");
        }
        return SubscriptionView.of(subscription, platform, secret);
    }

    /** Ends one of the user's subscriptions, with its pending deliveries; someone else's is not found. */
    @Transactional
    public void unsubscribe(UUID id, CurrentUser user) {
        NotificationSubscription subscription = subscriptions
                .findById(id)
                .filter(found -> found.isOwnedBy(user.id()))
                .orElseThrow(() -> NotFoundException.forId("subscription", id));
        subscriptions.delete(subscription);
    }

    private @Nullable String destination(
            NotificationPlatform platform, @Nullable String url, CurrentUser user, List<FieldError> errors) {
        if (!platform.kind().needsUrl()) {
            if (url != null && !url.isBlank()) {
                errors.add(new FieldError("url", "must be empty: e-mail goes to your account's verified address"));
            } else if (accounts.verifiedEmailOf(user.id()).isEmpty()) {
                errors.add(new FieldError("platformId", "needs a verified e-mail address on your account"));
            }
            return null;
        }
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("url", "must not be empty"));
            return null;
        }
        String stripped = url.strip();
        if (stripped.length() > MAX_URL || ControlCharacters.in(stripped)) {
            errors.add(new FieldError("url", "must be a URL of at most " + MAX_URL + " characters"));
            return null;
        }
        try {
            URI checked = guard.check(stripped);
            return checked.toString();
        } catch (SsrfGuard.Refused refused) {
            errors.add(new FieldError("url", refused.getMessage()));
            return null;
        }
    }

    private static String name(@Nullable String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "must not be empty"));
            return "";
        }
        if (name.strip().length() > NotificationPlatform.MAX_NAME || ControlCharacters.in(name)) {
            errors.add(new FieldError(
                    "name",
                    "must be at most " + NotificationPlatform.MAX_NAME + " characters, without control characters"));
        }
        return name.strip();
    }

    private NotificationPlatform platform(UUID id) {
        return platforms.findById(id).orElseThrow(() -> NotFoundException.forId("notification platform", id));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only administrators manage notification platforms.");
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
    }
}
