package io.quizhall.trophy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the trophies API reads and writes (docs/trophies.md). */
public final class TrophyPayloads {

    private TrophyPayloads() {}

    /**
     * A trophy: {@code rule} for those awarded automatically; {@code holders}: how many people hold it; {@code
     * icon}: the storage item id of its picture, if it has one.
     */
    public record TrophyView(
            UUID id,
            String name,
            String description,
            boolean counting,
            @Nullable String rule,
            long holders,
            @Nullable UUID icon) {}

    /** One person's trophy: how many times (1 for unique trophies) and when; {@code icon} as in TrophyView. */
    public record HeldTrophy(
            UUID id,
            String name,
            String description,
            boolean counting,
            int quantity,
            Instant firstAwardedAt,
            @Nullable UUID icon) {}

    public record LeaderboardEntry(int rank, String username, int quantity, Instant firstAwardedAt) {}

    public record Leaderboard(TrophyView trophy, List<LeaderboardEntry> top) {}

    /** An administrator's new trophy; {@code icon}: the id of a picture the administrator uploaded. */
    public record TrophyRequest(
            @Nullable String name,
            @Nullable String description,
            @Nullable Boolean counting,

            @Schema(description = "Storage item id of the trophy's icon", format = "uuid") @Nullable
            String icon) {}

    /** An administrator sets a trophy's icon (a picture they uploaded) or removes it with null. */
    public record IconRequest(
            @Schema(description = "Storage item id of the icon, null for none", format = "uuid") @Nullable
            String icon) {}

    /** An administrator's award ({@code delta} +1) or revocation (-1) for a person, by username. */
    public record AwardRequest(
            @Nullable String username, @Nullable Integer delta) {}
}
