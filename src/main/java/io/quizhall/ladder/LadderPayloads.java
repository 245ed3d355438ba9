package io.quizhall.ladder;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The ladder's request and response bodies (docs/ladder.md, "Payloads"). */
public final class LadderPayloads {

    private LadderPayloads() {}

    @Schema(description = "A ladder: its levels from 1 up, the categories it draws from, its lifelines")
    public record LadderDetails(
            String slug,
            String name,
            boolean isDefault,
            List<LevelView> levels,
            List<String> categories,
            List<String> lifelines) {

        static LadderDetails of(LadderConfig ladder, boolean isDefault, boolean phoneEnabled) {
            return new LadderDetails(
                    ladder.slug(),
                    ladder.name(),
                    isDefault,
                    LadderPayloads.levels(ladder),
                    ladder.categories(),
                    LadderPayloads.lifelines(ladder, phoneEnabled));
        }
    }

    public record LevelView(int level, long prize, Difficulty difficulty, int seconds, boolean safe) {}

    @Schema(description = "A new ladder (administrators)")
    public record NewLadder(
            @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 40)
            String slug,

            @NotBlank @Size(max = 80) String name,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull LevelRequest> levels,
            @Nullable List<@NotBlank String> categories,
            @Nullable Boolean phoneAFriend) {}

    public record LevelRequest(
            @Min(0) long prize,
            @NotNull Difficulty difficulty,
            @Min(5) @Max(600) int seconds,
            boolean safe) {}

    @Schema(description = "Start a run; without a ladder, the default one")
    public record StartRun(@Nullable String ladder) {}

    @Schema(
            description = "A hot-seat round in a live game: fastestFinger (default true) lets a fastest-finger question"
                    + " choose the contestant; false leaves the choice to the host")
    public record HotSeatRequest(@Nullable Boolean fastestFinger) {

        public boolean withFastestFinger() {
            return !Boolean.FALSE.equals(fastestFinger);
        }
    }

    @Schema(description = "An answer to the open level, by option id; sending it again changes nothing")
    public record AnswerRequest(@Min(1) int level, @NotNull UUID optionId) {}

    @Schema(description = "A run as its player sees it; the right option of the open question is never in it")
    public record RunView(
            String code,
            String ladder,
            String ladderName,
            RunStatus status,

            @Schema(description = "The level being played (or where the run ended)")
            int level,

            @Schema(description = "Prize of the last level answered right")
            long bankedPrize,

            @Schema(description = "Prize kept after a wrong or late answer")
            long safePrize,

            @Nullable Long finalPrize,
            List<LevelView> levels,
            List<LifelineState> lifelines,
            @Nullable OpenQuestion question,

            @Schema(description = "How the last closed level went, with its right option") @Nullable
            StepResult last,

            Instant startedAt,
            @Nullable Instant finishedAt,

            @Schema(description = "The server's clock when this was written, for the countdown")
            Instant serverTime) {}

    public record LifelineState(String name, boolean used, boolean available) {}

    @Schema(description = "The open question: its options without the right one marked, and its deadline")
    public record OpenQuestion(
            int level,
            UUID questionId,
            String text,
            QuestionKind kind,
            Difficulty difficulty,
            List<String> categories,
            List<OptionView> options,
            @Schema(description = "Options 50:50 removed") List<UUID> removedOptionIds,
            Instant askedAt,
            Instant deadline,
            int seconds,
            long remainingMs,
            @Nullable Poll audience,
            @Nullable PhoneSuggestion phone) {}

    public record OptionView(UUID id, String text) {}

    @Schema(description = "How a level ended: the option chosen (if any) and the right one")
    public record StepResult(
            int level,
            UUID questionId,
            String outcome,
            @Nullable UUID chosenOptionId,
            UUID rightOptionId,
            @Nullable Instant answeredAt) {}

    @Schema(description = "The answer's result and the run after it")
    public record AnswerResult(StepResult result, RunView run) {}

    @Schema(description = "Ask the audience: percentages per option adding up to 100")
    public record Poll(
            List<PollShare> shares,

            @Schema(description = "True when too few players answered and the shares are an estimate")
            boolean estimated,

            long answers) {}

    public record PollShare(UUID optionId, int percent) {}

    @Schema(description = "Phone a friend: the friend's suggestion and how sure they are (percent)")
    public record PhoneSuggestion(UUID optionId, int confidence) {}

    @Schema(description = "One of my runs")
    public record HistoryEntry(
            String code,
            String ladder,
            RunStatus status,
            int level,
            @Schema(description = "Levels answered right") int levelsWon,
            long prize,
            int lifelinesUsed,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable Long durationMs) {}

    public record Leaderboard(
            String ladder, String period, @Nullable Instant since, List<LeaderboardEntry> entries) {}

    public record LeaderboardEntry(
            int rank,
            String player,
            long prize,
            int levelsWon,
            int lifelinesUsed,
            long durationMs,
            Instant finishedAt) {}

    public record Category(String slug, String name, long questions) {}

    @Schema(description = "A question proposed for the bank; a moderator approves it before it is asked")
    public record ProposeQuestion(
            @NotNull QuestionKind kind,
            @Nullable Difficulty difficulty,
            @NotBlank String text,

            @Schema(description = "MULTIPLE: the right option") @Nullable
            String rightOption,

            @Schema(description = "MULTIPLE: exactly three wrong options") @Nullable
            List<String> wrongOptions,

            @Schema(description = "TRUE_FALSE: whether the statement is true") @Nullable
            Boolean answer,

            @NotEmpty List<@NotBlank String> categories) {}

    @Schema(description = "A bank question with its right option (authors and moderators only)")
    public record QuestionDetails(
            UUID id,
            QuestionKind kind,
            Difficulty difficulty,
            String text,
            List<OptionDetails> options,
            List<String> categories,
            String status,
            String source,
            String author,
            @Nullable QuestionStats stats) {

        static QuestionDetails of(BankQuestion question, @Nullable QuestionStats stats) {
            return new QuestionDetails(
                    question.id(),
                    question.kind(),
                    question.difficulty(),
                    question.text(),
                    question.options().stream()
                            .map(option -> new OptionDetails(option.id(), option.text(), option.correct()))
                            .toList(),
                    question.categories(),
                    question.status(),
                    question.source(),
                    question.authorName(),
                    stats);
        }
    }

    @Schema(description = "How a question fared: times asked, answered, answered right, and picks per option")
    public record QuestionStats(long asked, long answered, long right, java.util.Map<UUID, Long> chosenByOption) {}

    public record OptionDetails(UUID id, String text, boolean correct) {}

    @Schema(description = "A moderator's decision; a difficulty may be set when approving")
    public record Review(boolean approve, @Nullable Difficulty difficulty) {}

    @Schema(description = "OpenTriviaDB's API response: its results are read item by item, so one bad item fails alone")
    public record OpenTriviaDbDocument(
            @com.fasterxml.jackson.annotation.JsonProperty("response_code") @Nullable
            Integer responseCode,

            @Nullable List<tools.jackson.databind.JsonNode> results) {}

    @Schema(description = "The result of an OpenTriviaDB import: counts, and the items that failed by index")
    public record ImportReport(int received, int added, int duplicates, List<ImportError> errors) {}

    public record ImportError(int index, String field, String message) {}

    static List<LevelView> levels(LadderConfig ladder) {
        var views = new java.util.ArrayList<LevelView>();
        for (int i = 1; i <= ladder.top(); i++) {
            var level = ladder.level(i);
            views.add(new LevelView(i, level.prize(), level.difficulty(), level.seconds(), level.safe()));
        }
        return views;
    }

    static List<String> lifelines(LadderConfig ladder, boolean phoneEnabled) {
        var names = new java.util.ArrayList<String>();
        for (Lifeline lifeline : Lifeline.values()) {
            if (lifeline != Lifeline.PHONE || (phoneEnabled && ladder.phoneAFriend())) {
                names.add(lifeline.slug());
            }
        }
        return names;
    }
}
