package io.quizhall.game.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What clients send and receive in a live game. Payloads a player sees while a question is open
 * ({@link QuestionOpened}, {@link AnswerAck}, {@link GameState}) carry no solution data by construction: they are
 * built from {@link PlayableQuestion}'s player-facing fields only. Solutions appear only in {@link QuestionClosed}.
 */
public final class GamePayloads {

    private GamePayloads() {}

    // --- REST ---

    /**
     * Options left out default to off, except {@code answersOnPhones} (on, as before the option existed). The
     * get-ready phase is {@code getReadySeconds} long (0 to 30; 0 or left out: none). {@code timeLimit}:
     * {@code normal} (left out), {@code extended} or {@code none} ({@link TimeLimit}).
     */
    public record CreateGameRequest(
            @jakarta.validation.constraints.NotNull UUID quizId,
            @Nullable Boolean randomizeAnswers,

            @jakarta.validation.constraints.Size(max = CUSTOM_FIELD_MAX) @Nullable
            String customField,

            @Nullable Boolean locked,

            @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(GET_READY_MAX) @Nullable
            Integer getReadySeconds,

            @Nullable Boolean answersOnPhones,
            @Nullable Boolean streakBonus,

            @jakarta.validation.constraints.Size(max = TEAMS_MAX) @Nullable
            List<@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 200) String> teams,

            @jakarta.validation.constraints.Pattern(regexp = "choose|auto") @Nullable
            String teamAssignment,

            @jakarta.validation.constraints.Pattern(regexp = "normal|extended|none") @Nullable
            String timeLimit) {

        /** The most teams a game may have. */
        public static final int TEAMS_MAX = 8;

        /** Characters in a team's name. */
        public static final int TEAM_NAME_MAX = 30;

        /** Players pick their team when joining ({@code choose}); otherwise the server balances the teams. */
        public boolean playersChooseTeams() {
            return "choose".equals(teamAssignment);
        }

        /** Characters in the custom field's label. */
        public static final int CUSTOM_FIELD_MAX = 60;

        /** The longest get-ready phase, in seconds. */
        public static final int GET_READY_MAX = 30;

        public long getReadyMs() {
            return getReadySeconds == null ? 0 : getReadySeconds * 1000L;
        }

        public boolean withStreakBonus() {
            return Boolean.TRUE.equals(streakBonus);
        }

        public boolean showAnswersOnPhones() {
            return !Boolean.FALSE.equals(answersOnPhones);
        }

        public boolean shuffle() {
            return Boolean.TRUE.equals(randomizeAnswers);
        }

        public boolean startLocked() {
            return Boolean.TRUE.equals(locked);
        }

        public TimeLimit questionTimeLimit() {
            return TimeLimit.of(timeLimit);
        }
    }

    public record GameCreated(UUID gameId, String pin, String joinUrl) {}

    /** What anyone with the PIN may know before joining. */
    public record GameInfo(
            String pin,
            UUID gameId,
            String title,
            boolean joinable,
            @Nullable String customField,
            @Nullable List<String> teams,
            @Nullable String teamAssignment) {}

    public record JoinRequest(
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 200)
            String nickname,

            @jakarta.validation.constraints.Size(max = 500) @Nullable
            String customField,

            @Nullable Integer team) {}

    /**
     * The token authenticates the player's STOMP connection (header {@code player-token}); keep it to rejoin.
     * {@code team}: the player's team in a team game (chosen or given by the server).
     */
    public record Joined(
            UUID gameId,
            UUID playerId,
            String nickname,
            String token,
            @Nullable Integer team) {}

    /**
     * {@code extraTimeMs}: the extra time the host gave the player on every question (left out when none);
     * {@code controller}: true for a remote button controller, which answers ABCD and VOTING questions with up to
     * four options only (docs/controllers.md); left out for everyone else.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlayerSummary(
            UUID id,
            String nickname,
            @Nullable String customField,
            @Nullable Integer team,
            @Nullable Long extraTimeMs,
            @Nullable Boolean controller) {

        public PlayerSummary(
                UUID id,
                String nickname,
                @Nullable String customField,
                @Nullable Integer team,
                @Nullable Long extraTimeMs) {
            this(id, nickname, customField, team, extraTimeMs, null);
        }
    }

    /** The host's view of a game. */
    public record HostView(
            UUID gameId,
            String pin,
            String title,
            GameStatus status,
            int currentQuestion,
            int questionCount,
            boolean locked,
            @Nullable String customField,
            List<PlayerSummary> players,
            @Nullable List<String> teams) {}

    // --- STOMP, client to server ---

    /** {@code answer}: an option id (ABCD, VOTING), a list of ids (CHECK, ORDER), a number (RANGE), a text (TEXT). */
    public record AnswerRequest(int question, tools.jackson.databind.JsonNode answer) {}

    // --- STOMP, server to client ---

    public record Choice(
            int id,
            String answer,
            @Nullable String color,
            @Nullable String image) {

        /** A question's options as players see them: display ids, no right/wrong. */
        public static List<Choice> of(PlayableQuestion question) {
            return question.options().stream()
                    .map(option -> new Choice(option.id(), option.answer(), option.color(), option.image()))
                    .toList();
        }
    }

    public record Bounds(int min, int max) {

        public static @Nullable Bounds of(PlayableQuestion question) {
            var bounds = question.bounds();
            return bounds == null ? null : new Bounds(bounds.min(), bounds.max());
        }
    }

    /**
     * A question opening: everything needed to answer it, nothing that tells the answer. The projector shows it at
     * once; answers are taken from {@code opensAt} (after the game's get-ready phase; equal to {@code serverTime}
     * without one) until {@code deadline}. {@code paused} and {@code remainingMs} are present only while the host
     * has stopped the clock (then {@code deadline} moves on when it runs again, see {@link QuestionClock}).
     * {@code timeLimit} is present in games with a longer or no time limit ({@code extended}, {@code none}): with
     * {@code extended}, {@code time} and {@code deadline} are already the longer ones; with {@code none},
     * {@code time} is 0, there is no countdown to show, and the question closes when everyone has answered or the
     * host closes it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionOpened(
            int index,
            int count,
            String type,
            String question,
            @Nullable String image,
            int time,
            long deadline,
            long serverTime,
            List<Choice> choices,
            @Nullable Bounds bounds,
            long opensAt,
            @Nullable Boolean paused,
            @Nullable Long remainingMs,
            @Nullable String timeLimit) {

        /** The question as it opens: shown at {@code now}, taking answers from {@code opensAt}. */
        public static QuestionOpened of(
                int index,
                int count,
                PlayableQuestion question,
                long opensAt,
                long deadline,
                long now,
                TimeLimit limit) {
            int seconds = switch (limit) {
                case NORMAL -> question.time();
                // The deadline is the opening plus the longer time (a pause moves both alike).
                case EXTENDED -> (int) ((deadline - opensAt + 500) / 1000);
                case NONE -> 0;
            };
            return new QuestionOpened(
                    index,
                    count,
                    question.type().name(),
                    question.question(),
                    question.image(),
                    seconds,
                    deadline,
                    now,
                    Choice.of(question),
                    Bounds.of(question),
                    opensAt,
                    null,
                    null,
                    limit == TimeLimit.NORMAL ? null : limit.wireName());
        }

        /** The same question with its clock as it stands at {@code clock.serverTime()}. */
        public QuestionOpened at(QuestionClock clock) {
            return new QuestionOpened(
                    index,
                    count,
                    type,
                    question,
                    image,
                    time,
                    clock.deadline(),
                    clock.serverTime(),
                    choices,
                    bounds,
                    clock.opensAt(),
                    clock.paused() ? Boolean.TRUE : null,
                    clock.paused() ? clock.remainingMs() : null,
                    timeLimit);
        }
    }

    /**
     * The open question's clock after the host paused or resumed it (topic {@code clock}). While paused no answer
     * is taken and {@code remainingMs} is the time left on the clock; on resume {@code opensAt} and
     * {@code deadline} have moved on by the length of the pause.
     */
    public record QuestionClock(
            int question, boolean paused, long opensAt, long deadline, long serverTime, long remainingMs) {

        static QuestionClock of(GameMeta meta, long now) {
            long reference = meta.paused() ? meta.pausedAt() : now;
            return new QuestionClock(
                    meta.current(),
                    meta.paused(),
                    meta.openedAt(),
                    meta.deadline(),
                    now,
                    Math.max(0, meta.deadline() - Math.max(reference, meta.openedAt())));
        }
    }

    /**
     * The answer was recorded. Deliberately says nothing about whether it is right (so no points either).
     * {@code repeat}: this player's answer to the question had been recorded before, and it is the one that
     * counts; {@code correlationId} echoes the SEND's {@code correlation-id} header.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerAck(
            int question,
            long elapsedMs,
            boolean repeat,
            @Nullable String correlationId) {

        public AnswerAck correlated(@Nullable String id) {
            return new AnswerAck(question, elapsedMs, repeat, id);
        }
    }

    public record Solution(
            List<Integer> rightIds,
            @Nullable Integer minCorrect,
            @Nullable Integer maxCorrect,
            List<String> accepted) {

        public static Solution of(PlayableQuestion question) {
            var solution = question.solution();
            return new Solution(
                    solution.ids(),
                    solution.minCorrect(),
                    solution.maxCorrect(),
                    solution.accepted().stream()
                            .map(io.quizhall.quiz.Question.TextAnswer::answer)
                            .toList());
        }
    }

    public record Fastest(String nickname, long elapsedMs) {}

    /** A question closing: the solution and, unless the quiz hides them, how everyone answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionClosed(
            int index,
            String type,
            Solution solution,
            @Nullable Map<String, Integer> tallies,
            int answered,
            int players,
            @Nullable Fastest fastest,
            @Nullable List<TeamStanding> teams,
            @Nullable HotSeatStatus hotSeat) {

        public QuestionClosed withTeams(List<TeamStanding> standings) {
            return new QuestionClosed(index, type, solution, tallies, answered, players, fastest, standings, hotSeat);
        }

        public QuestionClosed withHotSeat(HotSeatStatus status) {
            return new QuestionClosed(index, type, solution, tallies, answered, players, fastest, teams, status);
        }
    }

    /**
     * A hot-seat round (docs/live-protocol.md, "Hot seat"): who is in the seat, how far up the ladder they are,
     * what they have won, their lifelines, and what the lifelines showed for the question in play. It never holds
     * the right option: {@code removed} are two wrong ones, {@code poll} what the room answered.
     *
     * @param outcome {@code choosing} (no contestant yet), {@code playing}, {@code won}, {@code lost},
     *     {@code walked}
     * @param level levels the contestant has answered right
     * @param prize what the contestant takes home if the round ended now (a wrong answer: the last safe level's)
     * @param question the index of the question in play or last closed, which {@code removed} is about; null in
     *     the lobby
     * @param questionLevel the level of that question; null for the fastest-finger question
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HotSeatStatus(
            String ladder,
            String outcome,
            @Nullable UUID contestant,
            @Nullable String contestantName,
            int level,
            long prize,
            List<Rung> rungs,
            @Nullable Integer question,
            @Nullable Integer questionLevel,
            List<String> lifelines,
            @Nullable List<Integer> removed,
            @Nullable AudiencePoll poll) {

        /** A level of the ladder: its prize, and whether reaching it is safe (kept after a wrong answer). */
        public record Rung(long prize, boolean safe) {}

        /**
         * The room's answers to the question in play when the contestant asked, as whole percentages per option
         * id summing to 100 (all 0 when nobody had answered).
         */
        public record AudiencePoll(int question, Map<String, Integer> percentages, int answers) {}
    }

    /** A player's score within their team's standing: their contribution. */
    public record TeamMember(String nickname, int score) {}

    /**
     * A team's place: {@code score} is the mean of its members' scores, {@code rank} a competition rank,
     * {@code members} how many it has; {@code players} each member's score, only on the leaderboard and at the end.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TeamStanding(
            int team,
            String name,
            int score,
            int rank,
            int members,
            @Nullable List<TeamMember> players) {

        public TeamStanding ranked(int place) {
            return new TeamStanding(team, name, score, place, members, players);
        }
    }

    /** A player's team, with the team's score and rank. */
    public record TeamResult(int team, String name, int score, int rank) {

        public static @Nullable TeamResult of(List<TeamStanding> standings, Teams teams, UUID player) {
            Integer team = teams.members().get(player);
            return standings.stream()
                    .filter(standing -> team != null && standing.team() == team)
                    .findFirst()
                    .map(standing ->
                            new TeamResult(standing.team(), standing.name(), standing.score(), standing.rank()))
                    .orElse(null);
        }
    }

    /**
     * One player's outcome of one question. {@code streak}: right answers in a row including this one (0 after a
     * wrong or missing answer; a VOTING question leaves it as it was); {@code streakBonus}: the part of
     * {@code points} the streak earned (games with the streak bonus on).
     */
    public record PlayerResult(
            int question,
            boolean answered,
            boolean right,
            int points,
            int score,
            int rank,
            int players,
            int streak,
            int streakBonus,
            @Nullable TeamResult team) {

        public PlayerResult withTeam(@Nullable TeamResult result) {
            return new PlayerResult(
                    question, answered, right, points, score, rank, players, streak, streakBonus, result);
        }
    }

    public record Standing(int rank, String nickname, int score) {}

    /** {@code teams}: team games only, best first, with each member's score. */
    public record Leaderboard(
            List<Standing> top, int players, @Nullable List<TeamStanding> teams) {}

    /** {@code teams}: team games only, best first, with each member's score (the podium is by team). */
    public record GameEnded(
            List<Standing> podium,
            List<Standing> top,
            int players,
            @Nullable List<TeamStanding> teams) {}

    public record FinalStanding(
            int rank, int score, int players, @Nullable TeamResult team) {}

    public record LobbyChanged(boolean locked, int players) {}

    /** Host only: players who joined since the last update. */
    public record PlayersJoined(List<PlayerSummary> joined, int players) {}

    public record PlayerLeft(UUID playerId, String nickname, int players) {}

    /** Host only: the host moved a player to another team ({@code team}: its index in the game's teams). */
    public record PlayerMoved(UUID playerId, String nickname, int team) {}

    /** Host only, at most every 100 ms: how many have answered. */
    public record AnswerCount(int question, int answered, int players) {}

    /** Everything a (re)connecting client needs to show the right screen. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GameState(
            UUID gameId,
            String pin,
            String title,
            GameStatus status,
            int currentQuestion,
            int questionCount,
            long serverTime,
            @Nullable QuestionOpened question,
            @Nullable String nickname,
            @Nullable Boolean answered,
            @Nullable Integer score,
            @Nullable Integer rank,
            int players,
            boolean locked,
            boolean answersOnPhones,
            @Nullable TeamResult team,
            @Nullable Long extraTimeMs,
            @Nullable HotSeatStatus hotSeat) {}

    /**
     * Sent to {@code /user/queue/errors}. {@code question}: the question index of the refused answer;
     * {@code correlationId}: the refused SEND's {@code correlation-id} header.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GameError(
            String code,
            String message,
            @Nullable Integer question,
            @Nullable String correlationId) {

        public static GameError of(GameException refusal) {
            return new GameError(refusal.code(), refusal.getMessage(), refusal.question(), null);
        }

        public static GameError of(String code, String message) {
            return new GameError(code, message, null, null);
        }

        public GameError correlated(@Nullable String id) {
            return new GameError(code, message, question, id);
        }
    }
}
