package io.quizhall.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account's identity at an OAuth 2 / OpenID Connect provider: (provider, subject) signs in as the account. */
@Entity
@Table(name = "user_identities")
class UserIdentity {

    @Id
    private UUID id;

    private UUID userId;

    private String provider;

    private String subject;

    private @Nullable String username;

    private @Nullable String email;

    private Instant createdAt;

    private @Nullable Instant lastUsedAt;

    protected UserIdentity() {}

    UserIdentity(
            UUID userId,
            String provider,
            String subject,
            @Nullable String username,
            @Nullable String email,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.provider = provider;
        this.subject = subject;
        this.username = truncate(username);
        this.email = truncate(email);
        this.createdAt = createdAt;
        this.lastUsedAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String provider() {
        return provider;
    }

    @Nullable
    String username() {
        return username;
    }

    @Nullable
    String email() {
        return email;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    void recordUse(Instant now) {
        this.lastUsedAt = now;
    }

    private static @Nullable String truncate(@Nullable String value) {
        return value == null || value.length() <= 255 ? value : value.substring(0, 255);
    }
}
