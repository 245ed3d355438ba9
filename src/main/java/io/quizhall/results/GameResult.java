package io.quizhall.results;

import io.quizhall.quiz.Question;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** The record of one finished live game, with a snapshot of the quiz as it was played. */
@Entity
@Table(name = "game_results")
class GameResult {

    @Id
    private UUID id;

    private @Nullable UUID quizId;

    private UUID userId;

    private Instant timestamp;

    private int playerCount;

    private String mode;

    private boolean playCounted;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<PlayerData> players;

    private @Nullable String note;

    private @Nullable String customField;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<AnswerData> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Integer> playerScores;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable Map<String, String> customFieldData;

    private String title;

    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Question> questions;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable List<TeamData> teams;

    protected GameResult() {}

    GameResult(
            UUID id,
            @Nullable UUID quizId,
            UUID userId,
            String mode,
            Instant timestamp,
            String title,
            String description,
            List<Question> questions,
            List<PlayerData> players,
            List<AnswerData> answers,
            @Nullable String customField,
            @Nullable Map<String, String> customFieldData,
            @Nullable List<TeamData> teams) {
        this.id = id;
        this.quizId = quizId;
        this.userId = userId;
        this.mode = mode;
        this.timestamp = timestamp;
        this.title = title;
        this.description = description;
        this.questions = List.copyOf(questions);
        this.players = List.copyOf(players);
        this.answers = List.copyOf(answers);
        var scores = new LinkedHashMap<String, Integer>();
        players.forEach(player -> scores.put(player.nickname(), player.score()));
        this.playerScores = scores;
        this.playerCount = players.size();
        this.customField = customField;
        this.customFieldData = customFieldData == null ? null : Map.copyOf(customFieldData);
        this.teams = teams == null ? null : List.copyOf(teams);
    }

    UUID id() {
        return id;
    }

    @Nullable
    UUID quizId() {
        return quizId;
    }

    UUID userId() {
        return userId;
    }

    Instant timestamp() {
        return timestamp;
    }

    int playerCount() {
        return playerCount;
    }

    @Nullable
    String note() {
        return note;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Nullable
    List<TeamData> teams() {
        return teams;
    }

    List<Question> questions() {
        return questions;
    }

    String mode() {
        return mode;
    }

    List<PlayerData> players() {
        return players;
    }

    List<AnswerData> answers() {
        return answers;
    }

    Map<String, Integer> playerScores() {
        return playerScores;
    }

    @Nullable
    Map<String, String> customFieldData() {
        return customFieldData;
    }

    /** The label of the game's custom join field, if it had one (unknown for games kept before reports). */
    @Nullable
    String customField() {
        return customField;
    }

    boolean isReadableBy(UUID userId, boolean admin) {
        return admin || this.userId.equals(userId);
    }

    /** A note for the host, or none. */
    void annotate(@Nullable String note) {
        this.note = note;
    }

    /** The host's own name for the game; the quiz's title as played until then. */
    void rename(String title) {
        this.title = title;
    }
}
