package io.quizhall.hunt;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnouncementRepository extends JpaRepository<HuntAnnouncement, Long> {

    List<HuntAnnouncement> findByHuntIdOrderByIdDesc(UUID huntId);

    long countByHuntId(UUID huntId);
}
