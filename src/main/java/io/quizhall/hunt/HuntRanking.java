package io.quizhall.hunt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A hunt's ranking settings: ordered rules (each a criterion, shown or hidden), an optional freeze of the players'
 * board before the end, and the split by the registration field. A hunt without a row ranks by {@link #DEFAULT}.
 */
@Entity
@Table(name = "hunt_rankings")
class HuntRanking {

    /** One rule as stored. */
    record Rule(RankingCriterion criterion, boolean visible) {}

    /** FINAL solves, META solves, scoring solves shown; the last solve's time as a hidden tiebreaker. */
    static final List<Rule> DEFAULT = List.of(
            new Rule(RankingCriterion.FINAL_SOLVES, true),
            new Rule(RankingCriterion.META_SOLVES, true),
            new Rule(RankingCriterion.SOLVES, true),
            new Rule(RankingCriterion.LAST_SOLVE_AT, false));

    @Id
    private UUID huntId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Rule> rules = new ArrayList<>();

    private @Nullable Integer freezeMinutes;

    @Column(name = "split_by_registration")
    private boolean split;

    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected HuntRanking() {}

    HuntRanking(UUID huntId) {
        this.huntId = huntId;
        this.rules = new ArrayList<>(DEFAULT);
        this.updatedAt = Instant.EPOCH;
    }

    /** New settings, checked before; an entity's own guard against a rule list no board could use. */
    void replace(List<Rule> rules, @Nullable Integer freezeMinutes, boolean split, Instant now) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("At least one ranking rule");
        }
        var seen = EnumSet.noneOf(RankingCriterion.class);
        for (Rule rule : rules) {
            if (!seen.add(rule.criterion())) {
                throw new IllegalArgumentException("A criterion twice: " + rule.criterion());
            }
        }
        this.rules = new ArrayList<>(rules);
        this.freezeMinutes = freezeMinutes;
        this.split = split;
        this.updatedAt = now;
    }

    /** When players' board freezes for this hunt, or null if it never does. */
    @Nullable
    Instant freezeAt(Hunt hunt) {
        return freezeMinutes == null ? null : hunt.endsAt().minusSeconds(60L * freezeMinutes);
    }

    /** Splits only while the hunt has a registration field to split by. */
    boolean splits(Hunt hunt) {
        return split && hunt.registrationField() != null;
    }

    UUID huntId() {
        return huntId;
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    @Nullable
    Integer freezeMinutes() {
        return freezeMinutes;
    }

    boolean split() {
        return split;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
