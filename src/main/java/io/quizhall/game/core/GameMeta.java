package io.quizhall.game.core;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The scalar state of a game, as kept in its Redis {@code meta} hash. */
public record GameMeta(
        UUID id,
        String mode,
        @Nullable UUID quizId,
        UUID hostId,
        String pin,
        String title,
        String description,
        GameStatus status,
        int current,
        long openedAt,
        long deadline,
        int questionCount,
        boolean locked,
        @Nullable String customField,
        long createdAt,
        long getReadyMs,
        boolean answersOnPhones,
        long pausedAt,
        boolean streakBonus,
        java.util.List<String> teams,
        boolean playersChooseTeams,
        TimeLimit timeLimit) {

    public GameMeta {
        teams = java.util.List.copyOf(teams);
    }

    /** Whether the open question's clock is stopped (the host paused it). */
    public boolean paused() {
        return pausedAt > 0;
    }

    static GameMeta of(UUID id, Map<String, String> hash) {
        return new GameMeta(
                id,
                hash.getOrDefault("mode", "classic"),
                // A hot-seat round plays questions from a ladder, not a quiz.
                hash.getOrDefault("quizId", "").isEmpty() ? null : UUID.fromString(hash.get("quizId")),
                UUID.fromString(hash.get("hostId")),
                hash.get("pin"),
                hash.get("title"),
                hash.getOrDefault("description", ""),
                GameStatus.valueOf(hash.get("state")),
                Integer.parseInt(hash.getOrDefault("current", "-1")),
                Long.parseLong(hash.getOrDefault("openedAt", "0")),
                Long.parseLong(hash.getOrDefault("deadline", "0")),
                Integer.parseInt(hash.get("count")),
                "1".equals(hash.get("locked")),
                emptyToNull(hash.get("customField")),
                Long.parseLong(hash.get("createdAt")),
                Long.parseLong(hash.getOrDefault("getReadyMs", "0")),
                // Games created before the option existed showed the answers on phones.
                !"0".equals(hash.getOrDefault("answersOnPhones", "1")),
                Long.parseLong(hash.getOrDefault("pausedAt", "0")),
                "1".equals(hash.get("streakBonus")),
                // Team names are tidied like nicknames, so they hold no line breaks.
                hash.getOrDefault("teams", "").isEmpty()
                        ? java.util.List.of()
                        : java.util.List.of(hash.get("teams").split("\n")),
                "choose".equals(hash.get("teamAssignment")),
                TimeLimit.of(hash.get("timeLimit")));
    }

    Map<String, String> toHash() {
        var hash = new java.util.HashMap<String, String>();
        hash.put("mode", mode);
        hash.put("quizId", quizId == null ? "" : quizId.toString());
        hash.put("hostId", hostId.toString());
        hash.put("pin", pin);
        hash.put("title", title);
        hash.put("description", description);
        hash.put("state", status.name());
        hash.put("current", Integer.toString(current));
        hash.put("count", Integer.toString(questionCount));
        hash.put("locked", locked ? "1" : "0");
        hash.put("customField", customField == null ? "" : customField);
        hash.put("createdAt", Long.toString(createdAt));
        hash.put("getReadyMs", Long.toString(getReadyMs));
        hash.put("answersOnPhones", answersOnPhones ? "1" : "0");
        hash.put("streakBonus", streakBonus ? "1" : "0");
        hash.put("teams", String.join("\n", teams));
        hash.put("teamAssignment", playersChooseTeams ? "choose" : "auto");
        hash.put("timeLimit", timeLimit.wireName());
        return hash;
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
