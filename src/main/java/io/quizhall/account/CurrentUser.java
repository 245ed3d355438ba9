package io.quizhall.account;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user of a request, whether it came with a session cookie or an API key. Controllers receive it
 * as {@code @AuthenticationPrincipal CurrentUser user} ({@code @Nullable} where anonymous calls are allowed).
 */
public record CurrentUser(UUID id, String username, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean isModerator() {
        return roles.contains(Role.MODERATOR) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** What a signed-in user may be besides a plain user; granted by configuration. */
    public enum Role {
        USER,
        MODERATOR,
        ADMIN
    }
}
