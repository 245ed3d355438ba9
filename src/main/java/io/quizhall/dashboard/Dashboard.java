package io.quizhall.dashboard;

import io.quizhall.trophy.TrophyPayloads.HeldTrophy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user's dashboard (docs/dashboard.md). {@code accuracy}: right answers over answered ladder questions (null before
 * the first); {@code activity}: the last 12 months, oldest first; {@code computedAt}: when these figures were worked
 * out (they are kept up to {@code quizhall.dashboard.cache-for}).
 */
public record Dashboard(
        List<Upcoming> upcoming,
        List<Hosted> recentlyHosted,
        Stats stats,
        List<String> favouriteSubjects,
        List<Month> activity,
        List<HeldTrophy> trophies,
        Instant computedAt) {

    /** A session of an event the user registered for. */
    public record Upcoming(UUID eventId, String title, Instant startsAt, Instant endsAt) {}

    public record Hosted(UUID gameId, String title, Instant at, int players) {}

    public record Stats(
            long gamesHosted,
            long playersReached,
            long ladderRuns,
            long ladderQuestionsAnswered,
            @Nullable Double accuracy,
            long bestPrize,
            @Nullable Double averageLevel,
            long minutesPlayed,
            long eventsRegistered) {}

    /** {@code month}: {@code 2026-11}. */
    public record Month(String month, long gamesHosted, long ladderRuns, long registrations) {}
}
