package io.quizhall.account;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BackupCodeRepository extends JpaRepository<BackupCode, UUID> {

    List<BackupCode> findByUserId(UUID userId);

    long countByUserId(UUID userId);

    @Modifying
    @Query("delete from BackupCode b where b.userId = :userId")
    void deleteByUserId(@Param("userId") UUID userId);

    /** 1 if this request used the code, 0 if a concurrent one used it first. */
    @Modifying
    @Query("delete from BackupCode b where b.id = :id")
    int consume(@Param("id") UUID id);
}
