package io.quizhall.event;

import io.quizhall.storage.FileVisibility;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An event's picture is seen by whoever may see the event: everyone once published, its organiser always. */
@Component
class EventPictures implements FileVisibility {

    private final JdbcClient jdbc;

    EventPictures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean visibleTo(UUID fileId, @Nullable UUID viewer) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM events WHERE picture = ?"
                        + " AND (status <> 'DRAFT' OR organiser_id = ?))")
                .params(fileId, viewer == null ? new UUID(0, 0) : viewer)
                .query(Boolean.class)
                .single();
    }
}
