package io.quizhall.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, UUID> {

    @Query("select u from User u where lower(u.username) = lower(:login) or lower(u.email) = lower(:login)")
    Optional<User> findByLogin(String login);

    boolean existsByUsernameIgnoreCase(String username);

    Optional<User> findByUsernameIgnoreCase(String username);

    /** Accounts whose username or email contains the pattern's text; {@code pattern} is a lower-case LIKE pattern. */
    @Query("select u from User u where lower(u.username) like :pattern escape '\\' "
            + "or lower(u.email) like :pattern escape '\\'")
    java.util.List<User> search(@Param("pattern") String pattern, org.springframework.data.domain.Pageable page);

    boolean existsByEmailIgnoreCase(String email);

    Optional<User> findByEmailIgnoreCase(String email);

    Optional<User> findByVerifyKeyHash(byte[] verifyKeyHash);

    /**
     * Adds {@code bytes} to the user's storage only if the sum stays within {@code quota}. One statement, so
     * PostgreSQL's row lock serialises concurrent uploads of one user: each sees the sum the one before committed.
     */
    @Modifying
    @Query(
            value = "UPDATE users SET storage_used = storage_used + :bytes "
                    + "WHERE id = :id AND storage_used + :bytes <= :quota",
            nativeQuery = true)
    int reserveStorage(@Param("id") UUID id, @Param("bytes") long bytes, @Param("quota") long quota);

    @Modifying
    @Query(value = "UPDATE users SET storage_used = storage_used - :bytes WHERE id = :id", nativeQuery = true)
    int releaseStorage(@Param("id") UUID id, @Param("bytes") long bytes);

    @Query(value = "SELECT storage_used FROM users WHERE id = :id", nativeQuery = true)
    Optional<Long> storageUsed(@Param("id") UUID id);

    /**
     * Records {@code step} as the user's last accepted TOTP step if it is newer than the last one: 1 if it was,
     * 0 if the code's step was already used (a replay). One statement, so two requests with the same code cannot
     * both pass.
     */
    @Modifying
    @Query(
            value = "UPDATE users SET totp_last_step = :step "
                    + "WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)",
            nativeQuery = true)
    int acceptTotpStep(@Param("id") UUID id, @Param("step") long step);

    @Modifying
    @Query(value = "UPDATE users SET totp_last_step = NULL WHERE id = :id", nativeQuery = true)
    int forgetTotpSteps(@Param("id") UUID id);
}
