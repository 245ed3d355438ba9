package io.quizhall.account;

import io.quizhall.account.CurrentUser.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

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

    /** {@code password} is required for accounts that have one. */
    record DeleteAccountRequest(@Nullable @Size(max = 128) String password) {}

    record SecondStepRequest(
            @NotBlank @Size(max = 100) String pendingLogin,
            @NotBlank @Size(max = 32) String code) {}

    record ConfirmTotpRequest(@NotBlank @Size(max = 32) String code) {}

    /** One of the two: the account's password, or a TOTP or backup code. */
    record ReauthenticateRequest(
            @Nullable @Size(max = 128) String password,
            @Nullable @Size(max = 32) String code) {}

    /**
     * The answer to a correct password when the account has second factors: no session yet. {@code pendingLogin}
     * is exchanged for one by {@code POST /auth/login/second-factor} or the passkey second step, once, before
     * {@code expiresAt}. {@code methods} lists what the account can use: {@code totp}, {@code passkey},
     * {@code backup-code}.
     */
    record PendingLogin(String pendingLogin, List<String> methods, Instant expiresAt) {}

    /**
     * A TOTP setup: the secret is shown here once and never again. {@code qrCodeUrl} serves the PNG QR code of the
     * {@code otpauthUri} until the setup is confirmed.
     */
    record TotpSetup(String secret, String otpauthUri, String qrCodeUrl) {}

    /** Fresh backup codes, shown once; any older ones stopped working. */
    record BackupCodes(List<String> codes) {}

    record SecondFactorStatus(boolean totpEnabled, long backupCodesLeft, long passkeys, boolean hasPassword) {}

    /**
     * The first half of a passkey ceremony: {@code publicKey} is the WebAuthn options object in its JSON form
     * (binary fields base64url), ready for {@code PublicKeyCredential.parseCreationOptionsFromJSON} or
     * {@code parseRequestOptionsFromJSON}; {@code ceremony} goes back with the answer, within five minutes.
     */
    record CeremonyOptions(String ceremony, JsonNode publicKey) {}

    /** {@code credential} is the browser's {@code PublicKeyCredential} as {@code toJSON()} gives it. */
    record RegisterPasskeyRequest(
            @NotBlank @Size(max = 100) String ceremony,
            @NotBlank @Size(max = FidoCredential.MAX_NAME) String name,
            @NotNull JsonNode credential) {}

    record PasskeyOptionsRequest(@Nullable @Size(max = 100) String pendingLogin) {}

    record PasskeySignInRequest(
            @NotBlank @Size(max = 100) String ceremony,
            @NotNull JsonNode credential,
            @Nullable @Size(max = 100) String pendingLogin) {}

    record PasskeyProofRequest(
            @NotBlank @Size(max = 100) String ceremony,
            @NotNull JsonNode credential) {}

    /** A registered passkey; {@code id} is its credential id, base64url. */
    record PasskeyDetails(
            String id,
            String name,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            List<String> transports) {

        static PasskeyDetails of(FidoCredential credential) {
            return new PasskeyDetails(
                    Base64.getUrlEncoder().withoutPadding().encodeToString(credential.credentialId()),
                    credential.name(),
                    credential.createdAt(),
                    credential.lastUsedAt(),
                    credential.transports().isBlank()
                            ? List.of()
                            : List.of(credential.transports().split(" ")));
        }
    }

    /** A linked sign-in at an identity provider. */
    record IdentityDetails(
            UUID id,
            String provider,
            @Nullable String username,
            @Nullable String email,
            Instant createdAt,
            @Nullable Instant lastUsedAt) {

        static IdentityDetails of(UserIdentity identity) {
            return new IdentityDetails(
                    identity.id(),
                    identity.provider(),
                    identity.username(),
                    identity.email(),
                    identity.createdAt(),
                    identity.lastUsedAt());
        }
    }

    /** A configured identity provider: its button label and where the browser goes to sign in with it. */
    record ProviderDetails(String id, String name, String loginUrl) {}

    /** Where the browser goes next to link a provider (the link is made when it comes back). */
    record LinkStart(String redirect) {}

    record CreateApiKeyRequest(@NotBlank @Size(max = 100) String name) {}

    /** The signed-in user's own account. */
    record AccountDetails(
            UUID id,
            String username,
            @Nullable String email,
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
