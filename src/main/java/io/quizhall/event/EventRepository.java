package io.quizhall.event;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, UUID> {

    /** The event with its row locked until the transaction ends: registrations of one event queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> findLockedById(@Param("id") UUID id);

    /**
     * Published events with a session still to come or running, soonest first; {@code pattern} an ILIKE
     * pattern on the title ({@code %} for all), {@code hasPlaces} only those with room; {@code bySpecialEvent} only
     * those of {@code specialEvent}, {@code byTag} only those tagged {@code tag}.
     */
    @Query(value = """
                    SELECT e.* FROM events e
                    JOIN LATERAL (SELECT min(s.starts_at) AS next FROM event_sessions s
                                  WHERE s.event_id = e.id AND s.ends_at > :now) n ON n.next IS NOT NULL
                    WHERE e.status IN ('OPEN', 'CLOSED') AND e.title ILIKE :pattern
                      AND (NOT :hasPlaces OR e.registered < e.capacity)
                      AND (NOT :bySpecialEvent OR e.special_event_id = :specialEvent)
                      AND (NOT :byTag OR EXISTS (SELECT 1 FROM event_subject_tags t
                                                 WHERE t.event_id = e.id AND t.tag_id = :tag))
                    ORDER BY n.next, e.id""", countQuery = """
                    SELECT count(*) FROM events e
                    WHERE e.status IN ('OPEN', 'CLOSED') AND e.title ILIKE :pattern
                      AND (NOT :hasPlaces OR e.registered < e.capacity)
                      AND (NOT :bySpecialEvent OR e.special_event_id = :specialEvent)
                      AND (NOT :byTag OR EXISTS (SELECT 1 FROM event_subject_tags t
                                                 WHERE t.event_id = e.id AND t.tag_id = :tag))
                      AND EXISTS (SELECT 1 FROM event_sessions s WHERE s.event_id = e.id AND s.ends_at > :now)""", nativeQuery = true)
    Page<Event> upcoming(
            @Param("now") Instant now,
            @Param("pattern") String pattern,
            @Param("hasPlaces") boolean hasPlaces,
            @Param("bySpecialEvent") boolean bySpecialEvent,
            @Param("specialEvent") UUID specialEvent,
            @Param("byTag") boolean byTag,
            @Param("tag") UUID tag,
            Pageable page);

    Page<Event> findByOrganiserIdOrderByCreatedAtDesc(UUID organiserId, Pageable page);

    @Query("""
            select e from Event e where e.id in
              (select r.eventId from EventRegistration r where r.userId = :user)
            order by e.createdAt desc""")
    Page<Event> registeredBy(@Param("user") UUID user, Pageable page);
}
