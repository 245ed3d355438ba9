package io.quizhall.hunt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the rankings and announcements of a hunt read and write (docs/hunts.md, "Rankings", "Announcements"). */
public final class BoardPayloads {

    private BoardPayloads() {}

    /** One ranking rule: a criterion, and whether the board shows its values (a hidden rule only orders). */
    public record RankingRule(
            @Nullable String criterion, @Nullable Boolean visible) {}

    /**
     * A hunt's ranking settings: {@code rules} in order (at least one, no criterion twice); {@code freezeMinutes}:
     * players see the board as it was this many minutes before the end until the hunt ends (null: never frozen);
     * {@code splitByRegistration}: one board per yes/no answer to the registration field.
     */
    public record RankingRequest(
            @Nullable List<@Nullable RankingRule> rules,
            @Nullable Integer freezeMinutes,
            @Nullable Boolean splitByRegistration,
            @Nullable Long version) {}

    /** The saved (or default: {@code saved} false) ranking settings. */
    public record RankingView(
            List<RuleView> rules,
            @Nullable Integer freezeMinutes,
            boolean splitByRegistration,
            boolean saved,
            long version) {}

    public record RuleView(RankingCriterion criterion, boolean visible) {}

    /**
     * A hunt's leaderboard. {@code columns}: the visible criteria, in rule order; {@code frozen}: this board is the
     * frozen one (as of {@code frozenAt}); {@code frozenForPlayers}: for organisers, who see the live board while
     * players see the frozen one; {@code groups}: one, or one per registration answer when split.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Leaderboard(
            UUID hunt,
            String name,
            HuntState state,
            List<RankingCriterion> columns,
            boolean frozen,
            boolean frozenForPlayers,
            @Nullable Instant frozenAt,
            @Nullable String registrationField,
            List<BoardGroup> groups) {}

    /** A group of a split board ({@code registrationValue} "yes", "no", or null for other answers) or the board. */
    public record BoardGroup(@Nullable String registrationValue, List<BoardRow> teams) {}

    /**
     * A team on the board: its competition rank (teams equal on every rule, hidden ones too, share a rank: 1, 2, 2,
     * 4) and the values of the visible columns only (criterion → number, instant, or null for a missing time).
     */
    public record BoardRow(
            int rank,
            UUID team,
            String name,

            @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
            Map<RankingCriterion, @Nullable Object> values) {}

    /** A new announcement, or its new text: limited rich text; {@code puzzle}: a short id, or null for the hunt. */
    public record AnnouncementRequest(
            @Nullable String text, @Nullable String puzzle) {}

    /** An announcement: {@code puzzle} and {@code puzzleName} for a puzzle's; {@code editedAt} once edited. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnouncementView(
            long id,
            UUID hunt,
            @Nullable String puzzle,
            @Nullable String puzzleName,
            String text,
            @Nullable String author,
            Instant createdAt,
            @Nullable Instant editedAt,
            boolean edited) {}
}
