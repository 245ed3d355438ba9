package io.quizhall.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPlatformRepository extends JpaRepository<NotificationPlatform, UUID> {

    List<NotificationPlatform> findAllByOrderByCreatedAtAsc();

    List<NotificationPlatform> findByEnabledTrueOrderByCreatedAtAsc();
}
