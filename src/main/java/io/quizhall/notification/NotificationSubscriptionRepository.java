package io.quizhall.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSubscriptionRepository extends JpaRepository<NotificationSubscription, UUID> {

    List<NotificationSubscription> findByUserIdOrderByCreatedAtAsc(UUID userId);

    long countByUserId(UUID userId);

    long countByPlatformId(UUID platformId);
}
