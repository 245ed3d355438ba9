package io.quizhall.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the community feature's administrators and public profiles need from accounts: finding users, their public
 * profile, the moderator role granted in the database, disabling and deleting accounts. It decides nothing about
 * who may call it: the community feature checks the caller's role first.
 */
@Service
public class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final UserRepository users;
    private final SessionService sessions;
    private final Roles roles;
    private final Clock clock;

    UserAdministration(UserRepository users, SessionService sessions, Roles roles, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * An account as an administrator sees it.
     *
     * @param moderatorGranted whether the moderator role was granted in the database (it can be revoked there);
     *     {@code roles} also contains the roles the configuration names
     * @param configuredRoles whether the configuration names this account (its roles cannot be changed here)
     */
    public record UserAccount(
            UUID id,
            String username,
            @Nullable String email,
            Instant createdAt,
            boolean verified,
            Set<CurrentUser.Role> roles,
            boolean moderatorGranted,
            boolean configuredRoles,
            @Nullable Instant disabledAt) {}

    /** What anyone may know about an account: no email, nothing private. */
    public record PublicProfile(UUID id, String username, Instant joinedAt, boolean hasAvatar) {}

    /** Accounts whose username or email contains {@code query} (case-insensitive), by username. */
    @Transactional(readOnly = true)
    public List<UserAccount> find(String query, int limit) {
        String pattern = io.quizhall.shared.SqlLike.containing(query.strip().toLowerCase(Locale.ROOT));
        return users.search(pattern, PageRequest.of(0, limit, Sort.by("username"))).stream()
                .map(this::account)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> get(UUID id) {
        return users.findById(id).map(this::account);
    }

    @Transactional(readOnly = true)
    public Optional<PublicProfile> profile(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .filter(user -> !user.isDisabled())
                .map(user -> new PublicProfile(user.id(), user.username(), user.createdAt(), user.avatar() != null));
    }

    /** The public profile of an account that exists and is not disabled. */
    @Transactional(readOnly = true)
    public Optional<PublicProfile> profileOf(UUID id) {
        return users.findById(id)
                .filter(user -> !user.isDisabled())
                .map(user -> new PublicProfile(user.id(), user.username(), user.createdAt(), user.avatar() != null));
    }

    @Transactional
    public Optional<UserAccount> setModerator(UUID id, boolean moderator) {
        return users.findById(id).map(user -> {
            if (moderator) {
                user.grantModerator();
            } else {
                user.revokeModerator();
            }
            return account(user);
        });
    }

    /** Disables an account and ends its sessions; its API keys stop working at once (they are checked per call). */
    @Transactional
    public Optional<UserAccount> disable(UUID id) {
        return users.findById(id).map(user -> {
            user.disable(clock.instant());
            sessions.revokeAll(user.id());
            log.info("Disabled account {} ({})", user.username(), user.id());
            return account(user);
        });
    }

    @Transactional
    public Optional<UserAccount> enable(UUID id) {
        return users.findById(id).map(user -> {
            user.enable();
            return account(user);
        });
    }

    /** Deletes an account and everything it owns, like the owner's own delete. */
    @Transactional
    public boolean delete(UUID id) {
        return users.findById(id)
                .map(user -> {
                    users.delete(user);
                    log.info("An administrator deleted account {} ({})", user.username(), user.id());
                    return true;
                })
                .orElse(false);
    }

    /** Whether the configuration makes the account an administrator, which nobody can take away here. */
    @Transactional(readOnly = true)
    public boolean isConfiguredAdmin(UUID id) {
        return users.findById(id).map(roles::configuredAdmin).orElse(false);
    }

    private UserAccount account(User user) {
        return new UserAccount(
                user.id(),
                user.username(),
                user.email(),
                user.createdAt(),
                user.verified(),
                roles.of(user),
                user.moderator(),
                roles.configured(user),
                user.disabledAt());
    }
}
