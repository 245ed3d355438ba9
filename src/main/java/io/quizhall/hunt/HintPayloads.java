package io.quizhall.hunt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the hints API of hunts reads and writes (docs/hunts.md, "Hints"). */
public final class HintPayloads {

    private HintPayloads() {}

    /**
     * A hunt's hint settings. {@code pools}: GLOBAL, PUZZLE or BOTH; {@code allocation} (with BOTH): PUZZLE_FIRST or
     * SPLIT; {@code cannedPolicy}: ONLY, FIRST or MIXED; {@code lockoutMinutes}: minutes after a puzzle's unlock
     * before its hints open (0 = at once).
     */
    public record HintSettingsRequest(
            @Nullable String pools,
            @Nullable String allocation,
            @Nullable String cannedPolicy,
            @Nullable Integer lockoutMinutes) {}

    public record HintSettingsView(String pools, String allocation, String cannedPolicy, int lockoutMinutes) {

        static HintSettingsView of(HintSettings settings) {
            return new HintSettingsView(
                    settings.pools().name(),
                    settings.allocation().name(),
                    settings.cannedPolicy().name(),
                    settings.lockoutMinutes());
        }
    }

    /** A puzzle's canned hints in the order teams reveal them (limited rich text each); replaces the list. */
    public record CannedHintsRequest(@Nullable List<@Nullable String> hints) {}

    /** A puzzle's canned hints for organisers; {@code max}: how many a puzzle may have. */
    public record CannedHintsView(String puzzle, List<String> hints, int max) {}

    /** A team's own question for the staff (plain text). */
    public record HintQuestion(@Nullable String question) {}

    /** A staff response (limited rich text). */
    public record HintResponseRequest(@Nullable String response) {}

    /** A canned hint the team revealed: {@code number} counts from 1; {@code pool}: the pool it spent. */
    public record RevealedHint(
            int number, String content, @Nullable String username, String pool, Instant revealedAt) {}

    /** One of the team's requests as the team sees it. */
    public record TeamHintRequest(
            UUID id,
            String question,
            String status,
            @Nullable String response,
            @Nullable String username,
            String pool,
            Instant createdAt,
            @Nullable Instant respondedAt) {}

    /**
     * A team's hints for one puzzle. {@code globalAvailable}/{@code puzzleAvailable}: hints left in each pool (earned
     * minus spent); {@code nextCannedPool}/{@code nextRequestPool}: the pool the next canned hint / custom request
     * would spend (null: none left where it must come from); {@code cannedAllowed}/{@code requestAllowed} with the
     * error code that would refuse it now ({@code cannedRefusal}/{@code requestRefusal}); {@code lockedUntil}: while
     * the lockout lasts; {@code requests}: the team's requests for the puzzle, newest first.
     */
    public record HintPage(
            String puzzle,
            String puzzleName,
            HintSettingsView settings,
            int globalAvailable,
            int puzzleAvailable,
            int hintsUsed,
            @Nullable String nextCannedPool,
            @Nullable String nextRequestPool,
            List<RevealedHint> revealed,
            int cannedLeft,
            boolean cannedAllowed,
            @Nullable String cannedRefusal,
            boolean requestAllowed,
            @Nullable String requestRefusal,
            @Nullable Instant lockedUntil,
            int maxQuestionLength,
            List<TeamHintRequest> requests) {}

    /** A previous (or the current) version of a response. */
    public record ResponseVersion(String response, @Nullable String username, Instant at) {}

    /**
     * A request in the staff queue. {@code history}: every response given, oldest first (the last one is the
     * current {@code response}).
     */
    public record StaffHintRequest(
            UUID id,
            UUID team,
            String teamName,
            String puzzle,
            String puzzleName,
            String question,
            String status,
            @Nullable String username,
            String pool,
            @Nullable String claimant,
            @Nullable Instant claimedAt,
            @Nullable String response,
            @Nullable String respondedBy,
            @Nullable Instant respondedAt,
            @Nullable Instant refundedAt,
            Instant createdAt,
            List<ResponseVersion> history) {}
}
