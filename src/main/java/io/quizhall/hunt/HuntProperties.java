package io.quizhall.hunt;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Puzzle hunts ({@code quizhall.hunt.*}, docs/hunts.md "Limits").
 *
 * @param submissions answers one team may submit for one puzzle within {@code submissionWindow}, unless the hunt
 *     or the puzzle says otherwise
 * @param submissionWindow the window of {@code submissions}
 * @param maxPuzzles puzzles one hunt may have
 * @param maxResponses auto-responses one puzzle may have
 * @param maxPatternLength characters of one auto-response's pattern
 * @param maxAnswerLength characters of an answer or a submission
 * @param maxContentLength visible characters of a puzzle's content or a hunt's page
 * @param maxPictures pictures one puzzle may show
 * @param teamNameLength characters of a team name
 * @param evaluationInterval how often each node looks for teams whose timed unlock rules give more
 * @param evaluationBatch teams one node evaluates per round
 * @param retryAfterFailure when a team's evaluation failed, how long before it is tried again
 */
@ConfigurationProperties("quizhall.hunt")
record HuntProperties(
        @DefaultValue("3") int submissions,
        @DefaultValue("5m") Duration submissionWindow,
        @DefaultValue("200") int maxPuzzles,
        @DefaultValue("50") int maxResponses,
        @DefaultValue("500") int maxPatternLength,
        @DefaultValue("500") int maxAnswerLength,
        @DefaultValue("20000") int maxContentLength,
        @DefaultValue("10") int maxPictures,
        @DefaultValue("40") int teamNameLength,
        @DefaultValue("5s") Duration evaluationInterval,
        @DefaultValue("100") int evaluationBatch,
        @DefaultValue("1m") Duration retryAfterFailure) {}
