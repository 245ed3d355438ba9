package io.quizhall.theme;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import io.quizhall.theme.ThemePayloads.SpecialEventRequest;
import io.quizhall.theme.ThemePayloads.SpecialEventView;
import io.quizhall.theme.ThemePayloads.SubjectTagRequest;
import io.quizhall.theme.ThemePayloads.SubjectTagView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' lists of special events and subject tags, and the checks other features run when an event
 * or a quiz chooses from them. Every change is in the audit trail, in the change's transaction.
 */
@Service
@EnableConfigurationProperties(ThemeProperties.class)
public class ThemeService {

    static final int NAME_MAX = 60;
    static final int TAG_MAX = 40;
    static final int DESCRIPTION_MAX = 2000;
    static final int EMOJI_MAX = 8;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ThemeProperties properties;
    private final Clock clock;

    ThemeService(JdbcClient jdbc, AuditTrail audit, ThemeProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    // --- special events ---

    @Transactional(readOnly = true)
    public List<SpecialEventView> specialEvents() {
        return jdbc.sql("SELECT * FROM special_events ORDER BY active DESC, lower(name)")
                .query((rs, n) -> specialEvent(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public SpecialEventView specialEvent(UUID id) {
        return findSpecialEvent(id).orElseThrow(() -> NotFoundException.forId("special event", id));
    }

    @Transactional(readOnly = true)
    public Optional<SpecialEventView> findSpecialEvent(UUID id) {
        return jdbc.sql("SELECT * FROM special_events WHERE id = ?")
                .param(id)
                .query((rs, n) -> specialEvent(rs))
                .optional();
    }

    @Transactional
    public SpecialEventView createSpecialEvent(SpecialEventRequest request, CurrentUser admin) {
        requireAdmin(admin);
        Checked checked = check(request, null);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("INSERT INTO special_events (id, name, emoji, colour, description, active, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            checked.name,
                            checked.emoji,
                            checked.colour,
                            checked.description,
                            checked.active,
                            now,
                            now)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw nameTaken("name", "special event");
        }
        audit.record(admin, "special-event.create", "special-event", id, Map.of("name", checked.name));
        return specialEvent(id);
    }

    @Transactional
    public SpecialEventView updateSpecialEvent(UUID id, SpecialEventRequest request, CurrentUser admin) {
        requireAdmin(admin);
        specialEvent(id);
        Checked checked = check(request, id);
        try {
            jdbc.sql("UPDATE special_events SET name = ?, emoji = ?, colour = ?, description = ?, active = ?,"
                            + " updated_at = ? WHERE id = ?")
                    .params(
                            checked.name,
                            checked.emoji,
                            checked.colour,
                            checked.description,
                            checked.active,
                            Timestamp.from(clock.instant()),
                            id)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw nameTaken("name", "special event");
        }
        audit.record(
                admin,
                "special-event.update",
                "special-event",
                id,
                Map.of("name", checked.name, "active", checked.active));
        return specialEvent(id);
    }

    /** Removes a special event; the events and quizzes it grouped stay, without it. */
    @Transactional
    public void deleteSpecialEvent(UUID id, CurrentUser admin) {
        requireAdmin(admin);
        SpecialEventView gone = specialEvent(id);
        jdbc.sql("DELETE FROM special_events WHERE id = ?").param(id).update();
        audit.record(admin, "special-event.delete", "special-event", id, Map.of("name", gone.name()));
    }

    private record Checked(String name, String emoji, String colour, String description, boolean active) {}

    private Checked check(@Nullable SpecialEventRequest request, @Nullable UUID self) {
        if (request == null) {
            throw InvalidFieldsException.of("name", "must not be blank");
        }
        var errors = new ArrayList<FieldError>();
        String name = RichText.check("name", request.name(), NAME_MAX, true, errors);
        String description = RichText.check("description", request.description(), DESCRIPTION_MAX, false, errors);
        String emoji = request.emoji() == null ? "" : request.emoji().strip();
        if (emoji.codePointCount(0, emoji.length()) > EMOJI_MAX) {
            errors.add(new FieldError("emoji", "must be at most " + EMOJI_MAX + " characters long"));
        } else if (emoji.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) || c == '<' || c == '>' || c == '&')) {
            errors.add(new FieldError("emoji", "must be an emoji or a symbol, not letters"));
        }
        String colour = request.colour() == null ? "" : request.colour().strip();
        if (!COLOUR.matcher(colour).matches()) {
            errors.add(new FieldError("colour", "must be a colour like #2a6f97"));
        }
        if (name != null && nameTaken("special_events", name, self)) {
            errors.add(new FieldError("name", "is taken by another special event"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return new Checked(
                name,
                emoji,
                colour.toLowerCase(Locale.ROOT),
                description == null ? "" : description,
                !Boolean.FALSE.equals(request.active()));
    }

    // --- subject tags ---

    @Transactional(readOnly = true)
    public List<SubjectTagView> tags() {
        return jdbc.sql("SELECT id, name FROM subject_tags ORDER BY lower(name)")
                .query(SubjectTagView.class)
                .list();
    }

    /** These tags (unknown ids left out), by name. */
    @Transactional(readOnly = true)
    public List<SubjectTagView> tags(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name FROM subject_tags WHERE id = ANY(?) ORDER BY lower(name)")
                .param(ids.toArray(UUID[]::new))
                .query(SubjectTagView.class)
                .list();
    }

    @Transactional
    public SubjectTagView createTag(SubjectTagRequest request, CurrentUser admin) {
        requireAdmin(admin);
        String name = checkTag(request, null);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO subject_tags (id, name, created_at) VALUES (?, ?, ?)")
                    .params(id, name, Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw nameTaken("name", "subject tag");
        }
        audit.record(admin, "subject-tag.create", "subject-tag", id, Map.of("name", name));
        return new SubjectTagView(id, name);
    }

    @Transactional
    public SubjectTagView renameTag(UUID id, SubjectTagRequest request, CurrentUser admin) {
        requireAdmin(admin);
        String before = tag(id).name();
        String name = checkTag(request, id);
        try {
            jdbc.sql("UPDATE subject_tags SET name = ? WHERE id = ?")
                    .params(name, id)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw nameTaken("name", "subject tag");
        }
        audit.record(admin, "subject-tag.update", "subject-tag", id, Map.of("name", name, "was", before));
        return new SubjectTagView(id, name);
    }

    /** Removes a tag from the list and from every event and quiz that had it. */
    @Transactional
    public void deleteTag(UUID id, CurrentUser admin) {
        requireAdmin(admin);
        String name = tag(id).name();
        jdbc.sql("DELETE FROM subject_tags WHERE id = ?").param(id).update();
        audit.record(admin, "subject-tag.delete", "subject-tag", id, Map.of("name", name));
    }

    private SubjectTagView tag(UUID id) {
        return jdbc.sql("SELECT id, name FROM subject_tags WHERE id = ?")
                .param(id)
                .query(SubjectTagView.class)
                .optional()
                .orElseThrow(() -> NotFoundException.forId("subject tag", id));
    }

    private String checkTag(@Nullable SubjectTagRequest request, @Nullable UUID self) {
        var errors = new ArrayList<FieldError>();
        String name = RichText.check("name", request == null ? null : request.name(), TAG_MAX, true, errors);
        if (name != null && nameTaken("subject_tags", name, self)) {
            errors.add(new FieldError("name", "is taken by another subject tag"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return name;
    }

    // --- for events and quizzes ---

    /**
     * Checks what an event or a quiz chose: a special event that exists and is active (or the one it has already,
     * {@code current}), and at most {@code quizhall.theme.max-tags} different subject tags of the list. Errors go to
     * {@code errors} under {@code specialEventField} and {@code tagsField} ({@code tagIds[2]} for one tag).
     *
     * @return the tags, without repeats, in the order given
     */
    @Transactional(readOnly = true)
    public List<UUID> checkChoice(
            @Nullable UUID specialEventId,
            @Nullable UUID current,
            @Nullable List<@Nullable UUID> tagIds,
            String specialEventField,
            String tagsField,
            List<FieldError> errors) {
        if (specialEventId != null && !specialEventId.equals(current)) {
            Boolean active = jdbc.sql("SELECT active FROM special_events WHERE id = ?")
                    .param(specialEventId)
                    .query(Boolean.class)
                    .optional()
                    .orElse(null);
            if (active == null) {
                errors.add(new FieldError(specialEventField, "is not a special event"));
            } else if (!active) {
                errors.add(new FieldError(specialEventField, "is a special event that is over (not active)"));
            }
        }
        if (tagIds == null || tagIds.isEmpty()) {
            return List.of();
        }
        var unique = new LinkedHashSet<UUID>();
        for (int i = 0; i < tagIds.size(); i++) {
            UUID tag = tagIds.get(i);
            if (tag == null) {
                errors.add(new FieldError(tagsField + "[" + i + "]", "must not be null"));
            } else {
                unique.add(tag);
            }
        }
        if (unique.size() > properties.maxTags()) {
            errors.add(new FieldError(tagsField, "must have at most " + properties.maxTags() + " subject tags"));
            return List.of();
        }
        var known = tags(unique).stream().map(SubjectTagView::id).toList();
        for (int i = 0; i < tagIds.size(); i++) {
            UUID tag = tagIds.get(i);
            if (tag != null && !known.contains(tag)) {
                errors.add(new FieldError(tagsField + "[" + i + "]", "is not a subject tag"));
            }
        }
        return List.copyOf(unique);
    }

    // --- helpers ---

    private boolean nameTaken(String table, String name, @Nullable UUID self) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE lower(name) = lower(?) AND id <> ?")
                        .params(name, self == null ? new UUID(0, 0) : self)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Two administrators chose the same new name at once: the unique index decided. */
    private static InvalidFieldsException nameTaken(String field, String what) {
        return InvalidFieldsException.of(field, "is taken by another " + what);
    }

    private static SpecialEventView specialEvent(ResultSet rs) throws SQLException {
        return new SpecialEventView(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("emoji"),
                rs.getString("colour"),
                rs.getString("description"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only administrators may do this.");
        }
    }
}
