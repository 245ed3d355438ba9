package io.quizhall.results;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One finished game as a teacher reads it: standings, what happened on each question, and the hardest questions.
 * Computed from the recorded result (docs/results.md).
 *
 * @param customField the label of the game's custom join field, if it had one and it is known
 * @param averageScore the players' mean final score (0 without players)
 * @param hardest indexes of the scored questions that someone answered, lowest share of right answers first
 */
public record ResultReport(
        UUID id,
        @Nullable UUID quizId,
        String title,
        @Nullable String note,
        Instant timestamp,
        String mode,
        int playerCount,
        @Nullable String customField,
        double averageScore,
        List<Standing> standings,
        List<QuestionReport> questions,
        List<Integer> hardest) {

    /**
     * A player's place at the end.
     *
     * @param rightAnswers how many of their answers were right
     * @param answered how many questions they answered
     */
    public record Standing(
            UUID playerId,
            int rank,
            String nickname,
            @Nullable String customField,
            int score,
            int rightAnswers,
            int answered) {}

    /**
     * What happened on one question.
     *
     * @param question the question's text as stored (limited rich text)
     * @param scored false for VOTING and SLIDE, which have no right answer
     * @param answered how many answers it got (also from players the host removed later)
     * @param right how many of them were right
     * @param rightPercent right answers in percent of answers, rounded; null if not scored or unanswered
     * @param distribution how the answers spread (see {@link Share})
     * @param averageTimeMs mean time to answer; null without answers
     * @param fastest the quickest right answer (the quickest answer of a VOTING question); null if none
     */
    public record QuestionReport(
            int index,
            String type,
            String question,
            boolean scored,
            int answered,
            int right,
            @Nullable Integer rightPercent,
            List<Share> distribution,
            @Nullable Long averageTimeMs,
            @Nullable Fastest fastest) {}

    /**
     * One bar of a question's chart: ABCD, CHECK and VOTING have one per option (CHECK counts each player who
     * ticked it), in the quiz's order; ORDER one per order given, RANGE one per number, TEXT one per text after
     * normalisation (case and spaces folded), most frequent first.
     *
     * @param answer what was answered, as plain text
     * @param option the option's index in the question's answers (ABCD, CHECK, VOTING); null otherwise
     * @param right whether it is (or these answers were) right; null for VOTING
     */
    public record Share(
            String answer,
            @Nullable Integer option,
            int count,
            @Nullable Boolean right) {}

    public record Fastest(UUID playerId, String nickname, long timeTakenMs) {}
}
