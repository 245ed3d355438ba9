package io.quizhall.event;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRegistrationRepository extends JpaRepository<EventRegistration, EventRegistration.Key> {

    List<EventRegistration> findByEventIdOrderByRegisteredAt(UUID eventId);

    List<EventRegistration> findByUserId(UUID userId);
}
