package io.quizhall.game.core;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every STOMP destination of a live game (docs/live-protocol.md), and the patterns the per-frame authorisation
 * checks them against, made from the same names. {@code {game}} is the game id. Clients SEND only to
 * {@code /app/...}; they never SEND to {@code /topic} or {@code /queue}. Topic names use dots, not slashes,
 * because RabbitMQ's STOMP plugin (the relay between nodes) allows no slash in a topic name.
 */
public final class GameDestinations {

    private GameDestinations() {}

    /** The prefix of client messages to the application. */
    public static final String APP_PREFIX = "/app";

    /** SEND, player: {@code {question, answer}}. Reply: {@link GamePayloads.AnswerAck} on {@link #ACK}. */
    public static final String ANSWER = "/games/{game}/answer";
    /** SEND, player or host: ask for the current state. Reply: {@link GamePayloads.GameState} on {@link #STATE}. */
    public static final String SYNC = "/games/{game}/sync";
    /** SEND, host only: {@code start}, {@code next}, {@code close}, {@code leaderboard}, {@code end}, ... */
    public static final String HOST_ACTION = "/games/{game}/host/{action}";
    /**
     * SEND, in a hot-seat round: the contestant's {@code fifty}, {@code audience}, {@code switch}, {@code walk};
     * the host's {@code contestant}. Reply: a HotSeatStatus on {@link #hotSeat}.
     */
    public static final String HOT_SEAT_ACTION = "/games/{game}/hotseat/{action}";
    /** The hot-seat action only the host may send. */
    public static final String CHOOSE_CONTESTANT = "contestant";

    private static final String TOPIC_PREFIX = "/topic/games.";
    private static final String QUESTION = "question";
    private static final String RESULTS = "results";
    private static final String LEADERBOARD = "leaderboard";
    private static final String ENDED = "ended";
    private static final String LOBBY = "lobby";
    private static final String CLOCK = "clock";
    private static final String HOT_SEAT = "hotseat";

    /** SUBSCRIBE, players and host of the game: QuestionOpened. */
    public static String questions(UUID game) {
        return topic(game, QUESTION);
    }

    /** SUBSCRIBE, players and host: QuestionClosed (solution and, unless hidden, tallies). */
    public static String results(UUID game) {
        return topic(game, RESULTS);
    }

    /** SUBSCRIBE, players and host: Leaderboard. */
    public static String leaderboard(UUID game) {
        return topic(game, LEADERBOARD);
    }

    /** SUBSCRIBE, players and host: GameEnded. */
    public static String ended(UUID game) {
        return topic(game, ENDED);
    }

    /** SUBSCRIBE, players and host: LobbyChanged (locked/unlocked, player count). */
    public static String lobby(UUID game) {
        return topic(game, LOBBY);
    }

    /** SUBSCRIBE, players and host: QuestionClock (the host paused or resumed the open question). */
    public static String clock(UUID game) {
        return topic(game, CLOCK);
    }

    /** SUBSCRIBE, players and host: HotSeatStatus (a contestant chosen, a lifeline used, walking away). */
    public static String hotSeat(UUID game) {
        return topic(game, HOT_SEAT);
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

    /** A game topic; group 1 is the game id. */
    public static final Pattern TOPIC_PATTERN =
            Pattern.compile("^" + Pattern.quote(TOPIC_PREFIX) + "([0-9a-f-]{36})\\.("
                    + String.join("|", QUESTION, RESULTS, LEADERBOARD, ENDED, LOBBY, CLOCK, HOT_SEAT) + ")$");

    /** A destination clients may SEND to; group 1 is the game id, group 2 what follows it. */
    public static final Pattern APP_PATTERN = Pattern.compile("^" + Pattern.quote(APP_PREFIX + "/games/")
            + "([0-9a-f-]{36})/("
            + String.join(
                    "|",
                    tail(ANSWER),
                    tail(SYNC),
                    tail(HOST_ACTION).replace("{action}", "[a-z]+"),
                    tail(HOT_SEAT_ACTION).replace("{action}", "[a-z]+"))
            + ")$");

    /** A user queue clients may subscribe to. */
    public static final Pattern USER_QUEUE_PATTERN = Pattern.compile("^/user("
            + String.join(
                    "|",
                    List.of(ACK, RESULT, FINAL, STATE, HOST, ERRORS).stream()
                            .map(Pattern::quote)
                            .toList())
            + ")$");

    /** What follows the game id in a SEND destination ({@code answer}, {@code sync}, {@code host/next}). */
    public static boolean isAnswer(String tail) {
        return tail.equals(tail(ANSWER));
    }

    public static boolean isHostAction(String tail) {
        return tail.startsWith("host/") || tail.equals(tail(HOT_SEAT_ACTION).replace("{action}", CHOOSE_CONTESTANT));
    }

    private static String topic(UUID game, String name) {
        return TOPIC_PREFIX + game + "." + name;
    }

    private static String tail(String template) {
        return template.substring("/games/{game}/".length());
    }
}
