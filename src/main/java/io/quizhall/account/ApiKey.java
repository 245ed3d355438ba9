package io.quizhall.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A key for programmatic access. The key itself is shown once; only its hash and a short prefix are kept. */
@Entity
@Table(name = "api_keys")
class ApiKey {

    @Id
    private UUID id;

    private byte[] keyHash;

    private String prefix;

    private String name;

    private UUID userId;

    private Instant createdAt;

    private @Nullable Instant lastUsedAt;

    protected ApiKey() {}

    ApiKey(UUID userId, String name, byte[] keyHash, String prefix, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.keyHash = keyHash.clone();
        this.prefix = prefix;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    void markUsed(Instant now) {
        this.lastUsedAt = now;
    }
}
