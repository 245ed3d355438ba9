package io.quizhall.ladder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the solo ladder (docs/ladder.md, docs/configuration.md "Ladder").
 *
 * @param answerGrace how long after a question's deadline an answer still counts, for the time it spends on the way
 * @param audienceMinAnswers recorded answers a question needs before "ask the audience" shows them instead of an
 *     estimate
 * @param phoneAFriend whether ladders may offer "phone a friend" at all (each ladder also says)
 * @param codeAttempts how many fresh run codes a start tries when the random code is taken
 * @param starterBank whether the starter questions shipped with the app are loaded at start
 * @param sweepInterval how often runs whose deadline passed without an answer are ended
 * @param leaderboardSize most entries of one leaderboard
 * @param proposalsPerDay questions one user may propose per day
 * @param importMaxItems most questions of one OpenTriviaDB import
 * @param moderationPageSize most pending proposals listed at once
 * @param runsPerHour runs one player may start per hour
 * @param maxRequestSize largest request body the ladder endpoints read (an import is the largest)
 */
@ConfigurationProperties("quizhall.ladder")
public record LadderProperties(
        @DefaultValue("1s") Duration answerGrace,
        @DefaultValue("20") int audienceMinAnswers,
        @DefaultValue("true") boolean phoneAFriend,
        @DefaultValue("5") int codeAttempts,
        @DefaultValue("true") boolean starterBank,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("20") int leaderboardSize,
        @DefaultValue("20") int proposalsPerDay,
        @DefaultValue("5000") int importMaxItems,
        @DefaultValue("100") int moderationPageSize,
        @DefaultValue("60") int runsPerHour,
        @DefaultValue("5MB") org.springframework.util.unit.DataSize maxRequestSize) {

    public LadderProperties {
        if (audienceMinAnswers < 1
                || codeAttempts < 1
                || leaderboardSize < 1
                || importMaxItems < 1
                || runsPerHour < 1
                || proposalsPerDay < 1) {
            throw new IllegalArgumentException("quizhall.ladder limits must be at least 1");
        }
    }
}
