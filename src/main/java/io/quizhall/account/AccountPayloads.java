package io.quizhall.account;

import io.quizhall.account.CurrentUser.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the account API (docs/auth.md). */
final class AccountPayloads {

    private AccountPayloads() {}

    record RegisterRequest(
            @NotBlank @Email @Size(max = 100) String email,

            @NotNull
            @Size(min = 3, max = 32)
            @Pattern(regexp = "[A-Za-z0-9_-]*", message = "may only contain letters, digits, _ and -")
            String username,

            @NotNull @Size(min = 8, max = 128) String password) {}

    record LoginRequest(
            @NotBlank @Size(max = 100) String login,
            @NotNull @Size(max = 128) String password) {}

    record ChangePasswordRequest(
            @NotNull @Size(max = 128) String oldPassword,
            @NotNull @Size(min = 8, max = 128) String newPassword) {}

    record ForgotPasswordRequest(
            @NotBlank @Email @Size(max = 100) String email) {}

    record ResetPasswordRequest(
            @NotBlank @Size(max = 100) String token,
            @NotNull @Size(min = 8, max = 128) String newPassword) {}

    record DeleteAccountRequest(@NotNull @Size(max = 128) String password) {}

    record CreateApiKeyRequest(@NotBlank @Size(max = 100) String name) {}

    /** The signed-in user's own account. */
    record AccountDetails(
            UUID id,
            String username,
            String email,
            boolean verified,
            Instant createdAt,
            Set<Role> roles,
            String avatarUrl) {

        static AccountDetails of(User user, Set<Role> roles) {
            return new AccountDetails(
                    user.id(),
                    user.username(),
                    user.email(),
                    user.verified(),
                    user.createdAt(),
                    roles,
                    "/api/v1/users/" + user.id() + "/avatar");
        }
    }

    record SessionDetails(
            UUID id,
            Instant createdAt,
            Instant lastSeen,
            @Nullable String ipAddress,
            @Nullable String userAgent,
            boolean current) {

        static SessionDetails of(UserSession session, @Nullable UUID current) {
            return new SessionDetails(
                    session.id(),
                    session.createdAt(),
                    session.lastSeen(),
                    session.ipAddress(),
                    session.userAgent(),
                    session.id().equals(current));
        }
    }

    /** An API key as listed: never the key itself. */
    record ApiKeyDetails(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant lastUsedAt) {

        static ApiKeyDetails of(ApiKey key) {
            return new ApiKeyDetails(key.id(), key.name(), key.prefix(), key.createdAt(), key.lastUsedAt());
        }
    }

    /** A new API key; {@code key} is shown this once and cannot be retrieved again. */
    record CreatedApiKey(UUID id, String name, String prefix, String key, Instant createdAt) {}

    /** Where an SPA finds the CSRF token and where to send it back. */
    record CsrfDetails(String cookieName, String headerName) {}

    record EmailVerified(boolean verified) {}
}
