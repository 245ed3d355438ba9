package io.quizhall.hunt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A puzzle of a hunt: its short id (what rules and addresses name it by), its answer and how submissions are
 * compared with it, its ordered auto-responses and its content. The answer and the solution never reach players
 * before the hunt ends (or, for the answer, before their team solved it).
 */
@Entity
@Table(name = "hunt_puzzles")
class HuntPuzzle {

    @Id
    private UUID id;

    private UUID huntId;

    private String shortId;

    private int position;

    private String name;

    @Enumerated(EnumType.STRING)
    private PuzzleType type;

    private String answer;

    private boolean allowSpaces;

    private boolean caseSensitive;

    private boolean allowNonAlphanumeric;

    private String content;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> pictures = new ArrayList<>();

    private @Nullable UUID pdfId;

    private @Nullable UUID solutionId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<AutoResponses.Response> responses = new ArrayList<>();

    private @Nullable Integer submissionLimit;

    @Column(name = "submission_window_s")
    private @Nullable Integer submissionWindowSeconds;

    @Version
    private long version;

    protected HuntPuzzle() {}

    HuntPuzzle(UUID huntId, PuzzleContent content) {
        this.id = UUID.randomUUID();
        this.huntId = huntId;
        replace(content);
    }

    void replace(PuzzleContent content) {
        this.shortId = content.shortId();
        this.position = content.position();
        this.name = content.name();
        this.type = content.type();
        this.answer = content.answer();
        this.allowSpaces = content.flags().allowSpaces();
        this.caseSensitive = content.flags().caseSensitive();
        this.allowNonAlphanumeric = content.flags().allowNonAlphanumeric();
        this.content = content.content();
        this.pictures = new ArrayList<>(content.pictures());
        this.pdfId = content.pdfId();
        this.solutionId = content.solutionId();
        this.responses = new ArrayList<>(content.responses());
        this.submissionLimit = content.submissionLimit();
        this.submissionWindowSeconds = content.submissionWindowSeconds();
    }

    Answers.Flags flags() {
        return new Answers.Flags(allowSpaces, caseSensitive, allowNonAlphanumeric);
    }

    /** What a submission gets: the first matching auto-response, else right or wrong. */
    Verdict judge(String submission) {
        String normalised = Answers.normalise(submission, flags());
        var reply = AutoResponses.reply(responses, normalised);
        if (reply.isPresent()) {
            return new Verdict(normalised, Outcome.RESPONSE, reply.get());
        }
        return new Verdict(
                normalised, Answers.matches(submission, answer, flags()) ? Outcome.CORRECT : Outcome.INCORRECT, null);
    }

    /** What became of a submission. */
    enum Outcome {
        CORRECT,
        INCORRECT,
        RESPONSE
    }

    record Verdict(
            String normalised, Outcome outcome, @Nullable String reply) {}

    UUID id() {
        return id;
    }

    UUID huntId() {
        return huntId;
    }

    String shortId() {
        return shortId;
    }

    int position() {
        return position;
    }

    String name() {
        return name;
    }

    PuzzleType type() {
        return type;
    }

    String answer() {
        return answer;
    }

    String content() {
        return content;
    }

    List<String> pictures() {
        return List.copyOf(pictures);
    }

    @Nullable
    UUID pdfId() {
        return pdfId;
    }

    @Nullable
    UUID solutionId() {
        return solutionId;
    }

    List<AutoResponses.Response> responses() {
        return List.copyOf(responses);
    }

    @Nullable
    Integer submissionLimit() {
        return submissionLimit;
    }

    @Nullable
    Integer submissionWindowSeconds() {
        return submissionWindowSeconds;
    }

    long version() {
        return version;
    }
}
