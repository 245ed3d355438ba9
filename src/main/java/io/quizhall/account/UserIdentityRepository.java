package io.quizhall.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserIdentityRepository extends JpaRepository<UserIdentity, UUID> {

    Optional<UserIdentity> findByProviderAndSubject(String provider, String subject);

    List<UserIdentity> findByUserIdOrderByCreatedAt(UUID userId);

    long countByUserId(UUID userId);
}
