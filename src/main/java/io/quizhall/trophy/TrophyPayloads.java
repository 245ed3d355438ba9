package io.quizhall.trophy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the trophies API reads and writes (docs/trophies.md). */
public final class TrophyPayloads {

    private TrophyPayloads() {}

    /** A trophy: {@code rule} for those awarded automatically; {@code holders}: how many people hold it. */
    public record TrophyView(
            UUID id,
            String name,
            String description,
            boolean counting,
            @Nullable String rule,
            long holders) {}

    /** One person's trophy: how many times (1 for unique trophies) and when. */
    public record HeldTrophy(
            UUID id, String name, String description, boolean counting, int quantity, Instant firstAwardedAt) {}

    public record LeaderboardEntry(int rank, String username, int quantity, Instant firstAwardedAt) {}

    public record Leaderboard(TrophyView trophy, List<LeaderboardEntry> top) {}

    /** An administrator's new trophy. */
    public record TrophyRequest(
            @Nullable String name,
            @Nullable String description,
            @Nullable Boolean counting) {}

    /** An administrator's award ({@code delta} +1) or revocation (-1) for a person, by username. */
    public record AwardRequest(
            @Nullable String username, @Nullable Integer delta) {}
}
