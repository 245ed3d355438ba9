package io.quizhall.hunt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the hunts API reads and writes (docs/hunts.md, "Endpoints"). */
public final class HuntPayloads {

    private HuntPayloads() {}

    /**
     * A new hunt or a changed one. {@code intro}, {@code info} and {@code prepuzzleContent} are limited rich text;
     * times are ISO-8601 instants; {@code displayStartsAt}/{@code displayEndsAt} default to the real times;
     * {@code submissionLimit} per {@code submissionWindowSeconds}: answers per team and puzzle (defaults from the
     * configuration). {@code version} (on update, optional): the version read, refused if it changed since.
     */
    public record HuntRequest(
            @Nullable String name,
            @Nullable String intro,
            @Nullable String info,
            @Nullable String location,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable Instant displayStartsAt,
            @Nullable Instant displayEndsAt,
            @Nullable Instant playtestStartsAt,
            @Nullable Instant playtestEndsAt,
            @Nullable Integer teamSize,
            @Nullable String registrationField,
            @Nullable Integer submissionLimit,
            @Nullable Integer submissionWindowSeconds,
            @Nullable String prepuzzleContent,
            @Nullable String prepuzzleAnswer,
            @Nullable String prepuzzleReply,
            @Nullable Long version) {}

    /** A hunt in a list. */
    public record HuntSummary(
            UUID id,
            String name,
            @Nullable String location,
            Instant displayStartsAt,
            Instant displayEndsAt,
            HuntState state,
            int teamSize) {}

    /**
     * One hunt as its reader may see it. {@code prepuzzle}: its text, while the hunt is not yet open (or ended);
     * {@code myTeam}: the reader's team; {@code settings}: for organisers only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HuntDetails(
            UUID id,
            String name,
            String intro,
            String info,
            @Nullable String location,
            Instant startsAt,
            Instant endsAt,
            Instant displayStartsAt,
            Instant displayEndsAt,
            HuntState state,
            int teamSize,
            @Nullable String registrationField,
            @Nullable String prepuzzle,
            boolean organiser,
            boolean owner,
            @Nullable TeamView myTeam,
            @Nullable HuntSettings settings,
            long version) {}

    /** What only organisers see of a hunt. */
    public record HuntSettings(
            @Nullable Instant playtestStartsAt,
            @Nullable Instant playtestEndsAt,
            int submissionLimit,
            int submissionWindowSeconds,
            @Nullable String prepuzzleAnswer,
            @Nullable String prepuzzleReply,
            List<String> organisers) {}

    /** The owner names the hunt's staff by username (replacing the list). */
    public record OrganisersRequest(@Nullable List<@Nullable String> usernames) {}

    /** A team: {@code registrationValue} fills the hunt's registration field. */
    public record TeamRequest(
            @Nullable String name, @Nullable String registrationValue) {}

    /** Joining a team by its code. */
    public record JoinRequest(@Nullable String code) {}

    /** An organiser makes a team a playtester team (or not). */
    public record PlaytesterRequest(@Nullable Boolean playtester) {}

    /** A team. {@code joinCode}: for its members and the organisers only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TeamView(
            UUID id,
            String name,
            @Nullable String joinCode,
            boolean playtester,
            @Nullable String registrationValue,
            List<MemberView> members,
            int points,
            int hintsEarned,
            @Nullable Instant finishedAt) {}

    public record MemberView(UUID userId, String username, Instant joinedAt) {}

    /**
     * A puzzle as organisers write it. {@code shortId}: 3-8 hex digits; {@code type}: STANDARD, META, FINAL or
     * NON_SCORING; {@code pictures}, {@code pdf}, {@code solution}: ids of the author's uploads; {@code responses}:
     * tried in this order before the answer.
     */
    public record PuzzleRequest(
            @Nullable String shortId,
            @Nullable Integer position,
            @Nullable String name,
            @Nullable String type,
            @Nullable String answer,
            @Nullable Boolean allowSpaces,
            @Nullable Boolean caseSensitive,
            @Nullable Boolean allowNonAlphanumeric,
            @Nullable String content,
            @Nullable List<@Nullable String> pictures,
            @Nullable String pdf,
            @Nullable String solution,
            @Nullable List<@Nullable ResponseRequest> responses,
            @Nullable Integer submissionLimit,
            @Nullable Integer submissionWindowSeconds,
            @Nullable Long version) {}

    /** An auto-response: a regular expression (RE2 syntax) matched against the whole normalised submission. */
    public record ResponseRequest(
            @Nullable String pattern, @Nullable String reply) {}

    public record ResponseView(String pattern, String reply) {}

    /** A puzzle with everything, for organisers. */
    public record PuzzleSettings(
            UUID id,
            String shortId,
            int position,
            String name,
            PuzzleType type,
            String answer,
            boolean allowSpaces,
            boolean caseSensitive,
            boolean allowNonAlphanumeric,
            String content,
            List<String> pictures,
            @Nullable UUID pdf,
            @Nullable UUID solution,
            List<ResponseView> responses,
            @Nullable Integer submissionLimit,
            @Nullable Integer submissionWindowSeconds,
            long version) {}

    /** Where a puzzle is for a team. */
    public enum PuzzleState {
        LOCKED,
        UNLOCKED,
        SOLVED
    }

    /**
     * A puzzle in a player's list: those the team unlocked (all once the hunt ended). {@code answer}: once the team
     * solved it or the hunt ended.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PuzzleSummary(
            String shortId,
            int position,
            String name,
            PuzzleType type,
            PuzzleState state,
            @Nullable Instant unlockedAt,
            @Nullable Instant solvedAt,
            @Nullable String answer) {}

    /**
     * A puzzle's page. {@code solution} and {@code answer} once the hunt ended ({@code answer} also once solved);
     * {@code submissions}: the team's, newest first; {@code submissionLimit} per {@code submissionWindowSeconds}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PuzzleView(
            String shortId,
            String name,
            PuzzleType type,
            String content,
            List<String> pictures,
            @Nullable UUID pdf,
            @Nullable UUID solution,
            PuzzleState state,
            @Nullable Instant unlockedAt,
            @Nullable Instant solvedAt,
            @Nullable String answer,
            int submissionLimit,
            int submissionWindowSeconds,
            List<SubmissionView> submissions) {}

    public record SubmissionView(
            UUID id,
            @Nullable String username,
            String text,
            String outcome,
            @Nullable String reply,
            Instant at) {}

    public record SubmitRequest(@Nullable String answer) {}

    /**
     * What became of an answer: {@code outcome} CORRECT, INCORRECT or RESPONSE (an auto-response's {@code reply});
     * {@code recorded} false after the hunt ended (checked only); {@code finished}: this solve finished the hunt.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubmissionResult(
            String outcome,
            @Nullable String reply,
            boolean recorded,
            boolean finished,
            @Nullable Instant at) {}

    public record RulesRequest(@Nullable String source) {}

    public record RulesView(String source) {}

    /**
     * A simulation for the rules tester: {@code source} (default: the saved rules) evaluated for a team that
     * started at the hunt's start ({@code start} to override), at {@code at}, having solved these puzzles at these
     * times (short id → instant).
     */
    public record RulesTestRequest(
            @Nullable String source,
            @Nullable Instant start,
            @Nullable Instant at,
            @Nullable Map<String, Instant> solves) {}

    /**
     * What the team would have: unlocked puzzles (short id → when), points, hints (global and per puzzle), the next
     * timed change, and every rule with how often it fired ({@code rules}; empty without rules).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RulesTestResult(
            Map<String, Instant> unlocks,
            int points,
            int hints,
            Map<String, Integer> puzzleHints,
            @Nullable Instant nextChange,
            List<RuleFiring> rules) {}

    /** One rule in the tester: its line, its canonical text, the puzzle of a PX rule, times fired, when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleFiring(
            int line,
            String rule,
            @Nullable String puzzle,
            int times,
            @Nullable Instant firstFired,
            @Nullable Instant nextFiring) {}

    /** A fault in the rules, as a 400 problem's {@code errors} lists them: always {@code field} "rules". */
    public record RuleProblem(String field, int line, int column, String message) {}

    /** Organisers' grid: one row per team, one cell per puzzle in order. */
    public record ProgressGrid(List<PuzzleColumn> puzzles, List<TeamRow> teams) {}

    public record PuzzleColumn(String shortId, String name, PuzzleType type) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TeamRow(
            UUID id,
            String name,
            boolean playtester,
            int points,
            @Nullable Instant finishedAt,
            List<Cell> cells) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(
            String shortId,
            PuzzleState state,
            @Nullable Instant unlockedAt,
            @Nullable Instant solvedAt) {}

    /**
     * One entry of the hunt's event log, also what the live feeds carry: {@code kind} SUBMISSION, UNLOCK, SOLVE,
     * FINISH, JOIN, LEAVE; {@code text} and {@code outcome} for submissions. The live feeds also carry ANNOUNCEMENT
     * (not in the log): {@code id} the announcement's, {@code text} its rich text, {@code username} its author.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HuntUpdate(
            long id,
            String kind,
            UUID hunt,
            @Nullable UUID team,
            @Nullable String teamName,
            @Nullable String puzzle,
            @Nullable String puzzleName,
            @Nullable String username,
            @Nullable String text,
            @Nullable String outcome,
            Instant at) {}

    public record Page<T>(List<T> items, int page, int size, long total) {}
}
