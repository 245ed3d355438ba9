package io.quizhall.ladder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One player's run up a ladder. It knows the rules: a right answer banks the level's prize and climbs (the last
 * level wins the top prize), a wrong or late answer ends with the last safe prize, walking away keeps the banked
 * prize, and each lifeline may be used once.
 */
@Entity
@Table(name = "ladder_runs")
class LadderRun {

    @Id
    private UUID id;

    private String code;

    private UUID ladderId;

    private @Nullable UUID userId;

    private String playerName;

    @Enumerated(EnumType.STRING)
    private RunStatus status;

    private int level;

    private long bankedPrize;

    private long safePrize;

    private @Nullable Long finalPrize;

    private boolean fiftyUsed;

    private boolean audienceUsed;

    private boolean switchUsed;

    private boolean phoneUsed;

    private int lifelinesUsed;

    private Instant startedAt;

    private @Nullable Instant finishedAt;

    @Column(name = "duration_ms")
    private @Nullable Long durationMs;

    @Version
    private @Nullable Long version;

    protected LadderRun() {}

    LadderRun(String code, UUID ladderId, UUID userId, String playerName, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.ladderId = ladderId;
        this.userId = userId;
        this.playerName = playerName;
        this.status = RunStatus.ACTIVE;
        this.level = 1;
        this.startedAt = now;
    }

    /** The current level was answered right: bank its prize, then climb or, at the top, win. */
    void answeredRight(LadderConfig ladder, Instant now) {
        requireActive();
        bankedPrize = ladder.level(level).prize();
        safePrize = ladder.safePrizeAfter(level);
        if (level == ladder.top()) {
            finish(RunStatus.WON, bankedPrize, now);
        } else {
            level++;
        }
    }

    /** A wrong answer, or none in time: the run ends with the last safe prize. */
    void failed(RunStatus how, Instant now) {
        if (how != RunStatus.WRONG && how != RunStatus.TIMED_OUT) {
            throw new IllegalArgumentException("A run fails by a wrong or a late answer");
        }
        requireActive();
        finish(how, safePrize, now);
    }

    void walkAway(Instant now) {
        requireActive();
        finish(RunStatus.WALKED_AWAY, bankedPrize, now);
    }

    /** Marks a lifeline used; false if it was used before. */
    boolean use(Lifeline lifeline) {
        requireActive();
        boolean wasUsed = switch (lifeline) {
            case FIFTY_FIFTY -> fiftyUsed;
            case AUDIENCE -> audienceUsed;
            case SWITCH -> switchUsed;
            case PHONE -> phoneUsed;
        };
        if (wasUsed) {
            return false;
        }
        switch (lifeline) {
            case FIFTY_FIFTY -> fiftyUsed = true;
            case AUDIENCE -> audienceUsed = true;
            case SWITCH -> switchUsed = true;
            case PHONE -> phoneUsed = true;
        }
        lifelinesUsed++;
        return true;
    }

    boolean used(Lifeline lifeline) {
        return switch (lifeline) {
            case FIFTY_FIFTY -> fiftyUsed;
            case AUDIENCE -> audienceUsed;
            case SWITCH -> switchUsed;
            case PHONE -> phoneUsed;
        };
    }

    private void finish(RunStatus how, long prize, Instant now) {
        status = how;
        finalPrize = prize;
        finishedAt = now;
        durationMs = Math.max(0, Duration.between(startedAt, now).toMillis());
    }

    private void requireActive() {
        if (status != RunStatus.ACTIVE) {
            throw new LadderExceptions.RunFinished(code);
        }
    }

    boolean active() {
        return status == RunStatus.ACTIVE;
    }

    boolean belongsTo(UUID user) {
        return user.equals(userId);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    UUID ladderId() {
        return ladderId;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    String playerName() {
        return playerName;
    }

    RunStatus status() {
        return status;
    }

    int level() {
        return level;
    }

    long bankedPrize() {
        return bankedPrize;
    }

    long safePrize() {
        return safePrize;
    }

    @Nullable
    Long finalPrize() {
        return finalPrize;
    }

    int lifelinesUsed() {
        return lifelinesUsed;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant finishedAt() {
        return finishedAt;
    }

    @Nullable
    Long durationMs() {
        return durationMs;
    }
}
