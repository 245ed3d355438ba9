package io.quizhall.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** One single-use backup code, kept only as an Argon2id hash; using it deletes the row. */
@Entity
@Table(name = "backup_codes")
class BackupCode {

    @Id
    private UUID id;

    private UUID userId;

    private String codeHash;

    private Instant createdAt;

    protected BackupCode() {}

    BackupCode(UUID userId, String codeHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    boolean matches(String code, PasswordEncoder encoder) {
        return encoder.matches(code, codeHash);
    }
}
