package io.quizhall.ladder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One question a run asked at one level, with its server-clock deadline, the option the player chose (and when),
 * and what the lifelines showed for it, so that asking again shows the same.
 */
@Entity
@Table(name = "ladder_run_steps")
class RunStep {

    /** How a step ended, or {@code OPEN} while it waits for an answer. */
    enum Outcome {
        OPEN,
        RIGHT,
        WRONG,
        TIMED_OUT,
        SWITCHED,
        WALKED_AWAY,
        ABANDONED
    }

    /** What "ask the audience" showed: percentages per option, and whether they were an estimate. */
    record Audience(Map<UUID, Integer> percentages, boolean estimated, long answers) {}

    /** What "phone a friend" said. */
    record PhoneAnswer(UUID optionId, int confidence) {}

    @Id
    private UUID id;

    private UUID runId;

    private @Nullable UUID userId;

    private int level;

    private UUID questionId;

    private Instant askedAt;

    private Instant deadline;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private @Nullable UUID chosenOptionId;

    private @Nullable Instant answeredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable List<UUID> removedOptions;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable Audience audience;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable PhoneAnswer phone;

    protected RunStep() {}

    RunStep(LadderRun run, UUID questionId, Instant now, int seconds) {
        this.id = UUID.randomUUID();
        this.runId = run.id();
        this.userId = run.userId();
        this.level = run.level();
        this.questionId = questionId;
        this.askedAt = now;
        this.deadline = now.plusSeconds(seconds);
        this.outcome = Outcome.OPEN;
    }

    /** Records the chosen option; the caller has checked the deadline and judged it. */
    void answer(UUID optionId, boolean right, Instant now) {
        requireOpen();
        chosenOptionId = optionId;
        answeredAt = now;
        outcome = right ? Outcome.RIGHT : Outcome.WRONG;
    }

    void close(Outcome how) {
        requireOpen();
        outcome = how;
    }

    boolean open() {
        return outcome == Outcome.OPEN;
    }

    boolean expired(Instant now, java.time.Duration grace) {
        return now.isAfter(deadline.plus(grace));
    }

    void removed(List<UUID> options) {
        removedOptions = List.copyOf(options);
    }

    void audience(Audience poll) {
        audience = poll;
    }

    void phone(PhoneAnswer answer) {
        phone = answer;
    }

    private void requireOpen() {
        if (outcome != Outcome.OPEN) {
            throw new IllegalStateException("Step " + id + " is closed");
        }
    }

    UUID id() {
        return id;
    }

    int level() {
        return level;
    }

    UUID questionId() {
        return questionId;
    }

    Instant askedAt() {
        return askedAt;
    }

    Instant deadline() {
        return deadline;
    }

    Outcome outcome() {
        return outcome;
    }

    @Nullable
    UUID chosenOptionId() {
        return chosenOptionId;
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }

    List<UUID> removedOptions() {
        return removedOptions == null ? List.of() : removedOptions;
    }

    @Nullable
    Audience audience() {
        return audience;
    }

    @Nullable
    PhoneAnswer phone() {
        return phone;
    }
}
