package io.quizhall.trophy;

import io.quizhall.storage.FileVisibility;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Trophies are public (the list, profiles, leaderboards), and so are their icons. */
@Component
class TrophyIcons implements FileVisibility {

    private final JdbcClient jdbc;

    TrophyIcons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean visibleTo(UUID fileId, @Nullable UUID viewer) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM trophies WHERE icon = ?)")
                .param(fileId)
                .query(Boolean.class)
                .single();
    }
}
