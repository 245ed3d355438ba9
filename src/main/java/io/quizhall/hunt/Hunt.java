package io.quizhall.hunt;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hunt and its rules of time and access: its state follows the server's clock (not yet open, open, ended) unless
 * archived; organisers are the owner and the staff the owner names; playtester teams play in their own window.
 */
@Entity
@Table(name = "hunts")
class Hunt {

    @Id
    private UUID id;

    private UUID ownerId;

    private String name;

    private String intro;

    private String info;

    private @Nullable String location;

    private Instant startsAt;

    private Instant endsAt;

    private Instant displayStartsAt;

    private Instant displayEndsAt;

    private @Nullable Instant playtestStartsAt;

    private @Nullable Instant playtestEndsAt;

    private int teamSize;

    private @Nullable String registrationField;

    private @Nullable Integer submissionLimit;

    @Column(name = "submission_window_s")
    private @Nullable Integer submissionWindowSeconds;

    private String rules;

    private @Nullable String prepuzzleContent;

    private @Nullable String prepuzzleAnswer;

    private @Nullable String prepuzzleReply;

    private boolean archived;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "hunt_organisers", joinColumns = @JoinColumn(name = "hunt_id"))
    @Column(name = "user_id")
    private Set<UUID> staff = new HashSet<>();

    protected Hunt() {}

    Hunt(UUID ownerId, HuntContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.rules = "";
        this.createdAt = now;
        replace(content, now);
    }

    /** What the organisers wrote, checked before. */
    void replace(HuntContent content, Instant now) {
        requireNotArchived();
        this.name = content.name();
        this.intro = content.intro();
        this.info = content.info();
        this.location = content.location();
        this.startsAt = content.startsAt();
        this.endsAt = content.endsAt();
        this.displayStartsAt = content.displayStartsAt();
        this.displayEndsAt = content.displayEndsAt();
        this.playtestStartsAt = content.playtestStartsAt();
        this.playtestEndsAt = content.playtestEndsAt();
        this.teamSize = content.teamSize();
        this.registrationField = content.registrationField();
        this.submissionLimit = content.submissionLimit();
        this.submissionWindowSeconds = content.submissionWindowSeconds();
        this.prepuzzleContent = content.prepuzzleContent();
        this.prepuzzleAnswer = content.prepuzzleAnswer();
        this.prepuzzleReply = content.prepuzzleReply();
        this.updatedAt = now;
    }

    void replaceRules(String source, Instant now) {
        requireNotArchived();
        this.rules = source;
        this.updatedAt = now;
    }

    void nameStaff(Set<UUID> staff, Instant now) {
        requireNotArchived();
        this.staff.clear();
        this.staff.addAll(staff);
        this.staff.remove(ownerId);
        this.updatedAt = now;
    }

    void archive(Instant now) {
        if (archived) {
            throw HuntExceptions.archived();
        }
        if (now.isBefore(endsAt)) {
            throw HuntExceptions.notEndedYet();
        }
        archived = true;
        updatedAt = now;
    }

    void requireNotArchived() {
        if (archived) {
            throw HuntExceptions.archived();
        }
    }

    HuntState state(Instant now) {
        if (archived) {
            return HuntState.ARCHIVED;
        }
        if (now.isBefore(startsAt)) {
            return HuntState.NOT_YET_OPEN;
        }
        return now.isBefore(endsAt) ? HuntState.OPEN : HuntState.ENDED;
    }

    /** Whether the hunt is over for everyone: puzzles public, answers checked without being recorded. */
    boolean ended(Instant now) {
        HuntState state = state(now);
        return state == HuntState.ENDED || state == HuntState.ARCHIVED;
    }

    /** Whether a team (a playtester team in its own window) plays now: sees its puzzles, and its answers count. */
    boolean playing(boolean playtester, Instant now) {
        if (archived) {
            return false;
        }
        if (playtester
                && playtestStartsAt != null
                && playtestEndsAt != null
                && !now.isBefore(playtestStartsAt)
                && now.isBefore(playtestEndsAt)) {
            return true;
        }
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** When a team that does not play now starts playing, if it ever will. */
    @Nullable
    Instant nextPlayStart(boolean playtester, Instant now) {
        if (playtester && playtestStartsAt != null && playtestStartsAt.isAfter(now)) {
            return playtestStartsAt;
        }
        return startsAt.isAfter(now) ? startsAt : null;
    }

    /** The start the unlock rules count from (their {@code +1:30} times): the playtest window's for playtesters. */
    Instant startFor(boolean playtester) {
        return playtester && playtestStartsAt != null ? playtestStartsAt : startsAt;
    }

    boolean isOwnedBy(@Nullable UUID user) {
        return ownerId.equals(user);
    }

    boolean isOrganisedBy(@Nullable UUID user) {
        return user != null && (ownerId.equals(user) || staff.contains(user));
    }

    /** The submission limit of a puzzle: its own, else the hunt's, else the configured default. */
    Limit submissionLimit(HuntPuzzle puzzle, HuntProperties defaults) {
        int count = puzzle.submissionLimit() != null
                ? puzzle.submissionLimit()
                : submissionLimit != null ? submissionLimit : defaults.submissions();
        Duration window = puzzle.submissionWindowSeconds() != null
                ? Duration.ofSeconds(puzzle.submissionWindowSeconds())
                : submissionWindowSeconds != null
                        ? Duration.ofSeconds(submissionWindowSeconds)
                        : defaults.submissionWindow();
        return new Limit(count, window);
    }

    record Limit(int count, Duration window) {}

    UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    String name() {
        return name;
    }

    String intro() {
        return intro;
    }

    String info() {
        return info;
    }

    @Nullable
    String location() {
        return location;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Instant displayStartsAt() {
        return displayStartsAt;
    }

    Instant displayEndsAt() {
        return displayEndsAt;
    }

    @Nullable
    Instant playtestStartsAt() {
        return playtestStartsAt;
    }

    @Nullable
    Instant playtestEndsAt() {
        return playtestEndsAt;
    }

    int teamSize() {
        return teamSize;
    }

    @Nullable
    String registrationField() {
        return registrationField;
    }

    @Nullable
    Integer submissionLimit() {
        return submissionLimit;
    }

    @Nullable
    Integer submissionWindowSeconds() {
        return submissionWindowSeconds;
    }

    String rules() {
        return rules;
    }

    @Nullable
    String prepuzzleContent() {
        return prepuzzleContent;
    }

    @Nullable
    String prepuzzleAnswer() {
        return prepuzzleAnswer;
    }

    @Nullable
    String prepuzzleReply() {
        return prepuzzleReply;
    }

    boolean archived() {
        return archived;
    }

    long version() {
        return version;
    }

    Set<UUID> staff() {
        return Set.copyOf(staff);
    }
}
