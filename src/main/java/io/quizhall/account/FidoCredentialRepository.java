package io.quizhall.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FidoCredentialRepository extends JpaRepository<FidoCredential, Long> {

    List<FidoCredential> findByUserId(UUID userId);

    long countByUserId(UUID userId);

    Optional<FidoCredential> findByCredentialId(byte[] credentialId);
}
