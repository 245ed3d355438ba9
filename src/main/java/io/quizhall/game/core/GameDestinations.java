package io.quizhall.game.core;

import java.util.UUID;

/**
 * Every STOMP destination of a live game (docs/live-protocol.md). {@code {game}} is the game id. Clients SEND
 * only to {@code /app/...}; they never SEND to {@code /topic} or {@code /queue}. Topic names use dots, not
 * slashes, because RabbitMQ's STOMP plugin (the relay between nodes) allows no slash in a topic name.
 */
public final class GameDestinations {

    private GameDestinations() {}

    /** SEND, player: {@code {question, answer}}. Reply: {@link GamePayloads.AnswerAck} on {@link #ACK}. */
    public static final String ANSWER = "/games/{game}/answer";
    /** SEND, player or host: ask for the current state. Reply: {@link GamePayloads.GameState} on {@link #STATE}. */
    public static final String SYNC = "/games/{game}/sync";
    /** SEND, host only: {@code start}, {@code next}, {@code close}, {@code leaderboard}, {@code end}, ... */
    public static final String HOST_ACTION = "/games/{game}/host/{action}";

    /** SUBSCRIBE, players and host of the game: QuestionOpened. */
    public static String questions(UUID game) {
        return "/topic/games." + game + ".question";
    }

    /** SUBSCRIBE, players and host: QuestionClosed (solution and, unless hidden, tallies). */
    public static String results(UUID game) {
        return "/topic/games." + game + ".results";
    }

    /** SUBSCRIBE, players and host: Leaderboard. */
    public static String leaderboard(UUID game) {
        return "/topic/games." + game + ".leaderboard";
    }

    /** SUBSCRIBE, players and host: GameEnded. */
    public static String ended(UUID game) {
        return "/topic/games." + game + ".ended";
    }

    /** SUBSCRIBE, players and host: LobbyChanged (locked/unlocked, player count). */
    public static String lobby(UUID game) {
        return "/topic/games." + game + ".lobby";
    }

    /** Per-user queues ({@code /user/queue/...}). */
    public static final String ACK = "/queue/ack";

    public static final String RESULT = "/queue/result";
    public static final String FINAL = "/queue/final";
    public static final String STATE = "/queue/state";
    public static final String HOST = "/queue/host";
    public static final String ERRORS = "/queue/errors";
    /** {@link #ERRORS} as a client subscribes to it. */
    public static final String USER_ERRORS = "/user" + ERRORS;
}
