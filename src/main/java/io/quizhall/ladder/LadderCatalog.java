package io.quizhall.ladder;

import io.quizhall.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and adds ladders (the configuration rows of {@code ladders}). */
@Component
class LadderCatalog {

    private static final TypeReference<List<LadderConfig.Level>> LEVELS = new TypeReference<>() {};
    private static final TypeReference<List<String>> SLUGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LadderCatalog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<LadderConfig> all() {
        return jdbc.sql("SELECT * FROM ladders ORDER BY is_default DESC, created_at, slug")
                .query((rs, row) -> map(rs))
                .list();
    }

    LadderConfig bySlug(String slug) {
        return jdbc.sql("SELECT * FROM ladders WHERE slug = ?")
                .param(slug)
                .query((rs, row) -> map(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("No ladder named " + slug));
    }

    LadderConfig byId(UUID id) {
        return jdbc.sql("SELECT * FROM ladders WHERE id = ?")
                .param(id)
                .query((rs, row) -> map(rs))
                .single();
    }

    Optional<LadderConfig> defaultLadder() {
        return jdbc.sql("SELECT * FROM ladders WHERE is_default")
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Adds a ladder; false if its slug is taken. */
    boolean add(String slug, String name, List<LadderConfig.Level> levels, List<String> categories, boolean phone) {
        return jdbc.sql("""
                        INSERT INTO ladders (slug, name, levels, categories, phone_a_friend)
                        VALUES (?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)
                        ON CONFLICT (slug) DO NOTHING""")
                        .params(slug, name, json.writeValueAsString(levels), json.writeValueAsString(categories), phone)
                        .update()
                == 1;
    }

    private LadderConfig map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LadderConfig(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                json.readValue(rs.getString("levels"), LEVELS),
                json.readValue(rs.getString("categories"), SLUGS),
                rs.getBoolean("phone_a_friend"));
    }
}
