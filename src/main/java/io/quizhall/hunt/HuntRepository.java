package io.quizhall.hunt;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface HuntRepository extends JpaRepository<Hunt, UUID> {

    Page<Hunt> findByArchivedFalseOrderByStartsAtDesc(Pageable page);
}
