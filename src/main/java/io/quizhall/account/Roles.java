package io.quizhall.account;

import io.quizhall.account.CurrentUser.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Grants the roles that {@code quizhall.account.moderators} and {@code .admins} name, by username or email, and the
 * moderator role an administrator granted in the database.
 */
@Component
class Roles {

    private final Set<String> moderators;
    private final Set<String> admins;

    Roles(AccountProperties properties) {
        this.moderators = fold(properties.moderators());
        this.admins = fold(properties.admins());
    }

    Set<Role> of(User user) {
        var roles = EnumSet.of(Role.USER);
        if (user.moderator() || named(moderators, user)) {
            roles.add(Role.MODERATOR);
        }
        if (named(admins, user)) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    /** Whether the configuration (not the database) makes the user a moderator or administrator. */
    boolean configured(User user) {
        return named(moderators, user) || named(admins, user);
    }

    boolean configuredAdmin(User user) {
        return named(admins, user);
    }

    CurrentUser currentUser(User user) {
        return new CurrentUser(user.id(), user.username(), of(user));
    }

    private static boolean named(Set<String> names, User user) {
        return names.contains(user.username().toLowerCase(Locale.ROOT))
                || (user.email() != null && names.contains(user.email().toLowerCase(Locale.ROOT)));
    }

    private static Set<String> fold(java.util.List<String> names) {
        return names.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
