package io.quizhall.community;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The community feature's requests and responses (docs/community.md). */
public final class CommunityPayloads {

    private CommunityPayloads() {}

    @Schema(description = "Who made a quiz")
    public record Author(UUID id, String username) {}

    @Schema(
            description =
                    "A piece of highlighted text: `match` pieces matched the search. Show them as text, not HTML.")
    public record Segment(String text, boolean match) {}

    @Schema(description = "Where a quiz matched a search: its title and a snippet of its description or questions")
    public record Highlight(List<Segment> title, List<Segment> snippet) {}

    @Schema(description = "One public quiz in the listing or search results")
    public record QuizCard(
            UUID id,
            String title,
            @Nullable String description,
            @Nullable String coverImage,
            int questionCount,

            @Schema(description = "The kinds of question it has: ABCD, CHECK, RANGE, VOTING, ORDER, TEXT, SLIDE")
            List<String> kinds,

            boolean hasPictures,
            int plays,
            int views,
            int likes,
            int dislikes,

            @Schema(description = "A moderator's rating, 1 (poor) to 5 (excellent), if one was given") @Nullable
            Integer modRating,

            Instant createdAt,
            Author author,

            @Schema(description = "Only in search results") @Nullable
            Highlight highlight) {}

    @Schema(description = "A page of public quizzes. `typoTolerance` says whether misspelt titles are found too.")
    public record CommunityPage(
            List<QuizCard> items, int page, int size, boolean hasNext, String sort, boolean typoTolerance) {}

    @Schema(description = "An option of a question on the public quiz page; `right` only when solutions are shown")
    public record PublicOption(
            String answer, @Nullable String image, @Nullable Boolean right) {}

    @Schema(
            description = "A question on the public quiz page. Without the author's permission it carries no solution:"
                    + " no `right`, no `minCorrect`/`maxCorrect`, no `accepted`, and ORDER items sorted"
                    + " alphabetically instead of in the right order.")
    public record PublicQuestion(
            String type,
            String question,
            int time,
            @Nullable String image,
            List<PublicOption> options,
            @Nullable Integer min,
            @Nullable Integer max,
            @Nullable Integer minCorrect,
            @Nullable Integer maxCorrect,
            @Nullable List<String> accepted) {}

    @Schema(description = "The public page of a quiz")
    public record PublicQuiz(
            UUID id,
            String title,
            @Nullable String description,
            @Nullable String coverImage,
            Author author,
            int questionCount,
            List<String> kinds,
            int plays,
            int views,
            int likes,
            int dislikes,
            @Nullable Integer modRating,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Whether the questions below carry their solutions (the author allowed it)")
            boolean solutionsShown,

            List<PublicQuestion> questions,

            @Schema(description = "The signed-in reader's rating: true like, false dislike, null none") @Nullable
            Boolean myRating,

            @Schema(description = "Whether the reader owns the quiz")
            boolean mine,

            @Schema(description = "Hidden by a moderator (only its owner and moderators see it)")
            boolean hidden,

            @Nullable String hiddenReason,

            @Schema(description = "Its special event and subject tags")
            io.quizhall.quiz.QuizClassification classification) {}

    @Schema(description = "Like (true) or dislike (false)")
    public record RatingRequest(@NotNull Boolean positive) {}

    @Schema(description = "A quiz's counters after a rating change, and the caller's rating (null: none)")
    public record RatingState(
            int likes, int dislikes, @Nullable Boolean myRating) {}

    /** Why a quiz is reported. */
    public enum ReportReason {
        SPAM,
        INAPPROPRIATE,
        COPYRIGHT,
        WRONG_ANSWERS,
        OTHER
    }

    @Schema(description = "A report of a public quiz to the moderators")
    public record ReportRequest(
            @NotNull ReportReason reason,
            @Nullable @Size(max = 1000) String comment) {}

    /** What a participant's alert is about. */
    public enum AlertKind {
        EVENT,
        GAME
    }

    @Schema(
            description = "A participant's alert to the moderators about a scheduled event (by `id`) or a game (by its"
                    + " id, or a running game by its `pin`)")
    public record AlertRequest(
            @NotNull AlertKind kind,
            @Nullable UUID id,

            @Nullable @Schema(description = "A running game's PIN, instead of `id`", example = "123456")
            String pin,

            @NotNull ReportReason reason,
            @Nullable @Size(max = 1000) String comment) {}

    @Schema(description = "What a report in the queue is about: a quiz, an event or a game, with its title")
    public record ReportTarget(String kind, UUID id, String title) {}

    @Schema(description = "A received report: `id` identifies it")
    public record ReportReceived(UUID id) {}

    @Schema(description = "A public profile: no email, nothing private; `quizzes` is the first page of public quizzes")
    public record Profile(
            UUID id,
            String username,
            Instant joinedAt,
            @Nullable String avatarUrl,
            CommunityPage quizzes) {}

    @Schema(description = "A quiz as the moderators' queue shows it")
    public record ReportedQuiz(
            UUID id,
            String title,

            @com.fasterxml.jackson.annotation.JsonProperty("public")
            boolean published,

            boolean hidden,
            @Nullable Integer modRating,
            Author author) {}

    @Schema(description = "A report in the moderators' queue")
    public record ReportView(
            UUID id,
            ReportTarget target,

            @Schema(description = "The reported quiz; absent for an event's or a game's report") @Nullable
            ReportedQuiz quiz,

            @Nullable String reporter,
            ReportReason reason,
            @Nullable String comment,
            Instant createdAt,

            @Schema(description = "Open reports of the same quiz, event or game, this one included")
            int openReportsOfQuiz,

            @Nullable Instant resolvedAt,
            @Nullable String resolvedBy,
            @Nullable String resolution) {}

    @Schema(description = "A page of reports, oldest first")
    public record ReportPage(List<ReportView> items, int page, int size, boolean hasNext) {}

    @Schema(description = "Why a moderator hides a quiz; its owner sees this")
    public record HideRequest(@NotBlank @Size(max = 500) String reason) {}

    @Schema(description = "A moderator's rating 1..5, or null to remove it")
    public record ModRatingRequest(@Nullable @Min(1) @Max(5) Integer rating) {}

    @Schema(description = "How a report was dealt with")
    public record ResolveRequest(@Nullable @Size(max = 500) String resolution) {}

    @Schema(description = "The state of a quiz after a moderator's action")
    public record ModeratedQuiz(
            UUID id,
            boolean hidden,
            @Nullable String hiddenReason,
            @Nullable Integer modRating) {}

    @Schema(description = "One recorded action of a moderator or administrator")
    public record ActionView(
            UUID id,
            UUID actorId,
            String actorName,
            String action,
            @Nullable UUID quizId,
            @Nullable UUID userId,
            @Nullable UUID reportId,
            @Nullable String detail,
            Instant createdAt) {}

    @Schema(description = "A page of recorded actions, newest first")
    public record ActionPage(List<ActionView> items, int page, int size, boolean hasNext) {}

    @Schema(description = "A quiz of a user as an administrator sees it, private ones included")
    public record AdminQuiz(
            UUID id,
            String title,

            @com.fasterxml.jackson.annotation.JsonProperty("public")
            boolean published,

            boolean hidden,
            int questionCount,
            int plays,
            int likes,
            int dislikes,
            Instant createdAt,
            Instant updatedAt) {}
}
