package io.quizhall.game;

import java.util.UUID;

/**
 * Every STOMP destination of a live game (docs/live-protocol.md). {@code {game}} is the game id. Clients SEND
 * only to {@code /app/...}; they never SEND to {@code /topic} or {@code /queue}. Topic names use dots, not
 * slashes, because RabbitMQ's STOMP plugin (the relay between nodes) allows no slash in a topic name.
 */
final class GameDestinations {

    private GameDestinations() {}

    /** SEND, player: {@code {question, answer}}. Reply: {@link GamePayloads.AnswerAck} on {@link #ACK}. */
    static final String ANSWER = "/games/{game}/answer";
    /** SEND, player or host: ask for the current state. Reply: {@link GamePayloads.GameState} on {@link #STATE}. */
    static final String SYNC = "/games/{game}/sync";
    /** SEND, host only: {@code start}, {@code next}, {@code close}, {@code leaderboard}, {@code end}, ... */
    static final String HOST_ACTION = "/games/{game}/host/{action}";

    /** SUBSCRIBE, players and host of the game: QuestionOpened. */
    static String questions(UUID game) {
        return "/topic/games." + game + ".question";
    }

    /** SUBSCRIBE, players and host: QuestionClosed (solution and, unless hidden, tallies). */
    static String results(UUID game) {
        return "/topic/games." + game + ".results";
    }

    /** SUBSCRIBE, players and host: Leaderboard. */
    static String leaderboard(UUID game) {
        return "/topic/games." + game + ".leaderboard";
    }

    /** SUBSCRIBE, players and host: GameEnded. */
    static String ended(UUID game) {
        return "/topic/games." + game + ".ended";
    }

    /** SUBSCRIBE, players and host: LobbyChanged (locked/unlocked, player count). */
    static String lobby(UUID game) {
        return "/topic/games." + game + ".lobby";
    }

    /** Per-user queues ({@code /user/queue/...}). */
    static final String ACK = "/queue/ack";

    static final String RESULT = "/queue/result";
    static final String FINAL = "/queue/final";
    static final String STATE = "/queue/state";
    static final String HOST = "/queue/host";
    static final String ERRORS = "/queue/errors";
    /** {@link #ERRORS} as a client subscribes to it. */
    static final String USER_ERRORS = "/user" + ERRORS;
}
