package io.quizhall.game.core;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live game settings ({@code quizhall.game.*}); docs/live-protocol.md explains each.
 *
 * @param idleTimeout a game nobody acts in for this long ends by itself (its results are kept)
 * @param keepAfterEnd how long a finished game's live state stays in Redis for late readers
 * @param maxPlayers players one game admits
 * @param nicknameMaxLength visible characters in a nickname
 * @param customFieldMaxLength characters in the custom join field's value
 * @param joinsPerMinute joins one client address may make per minute (flood protection)
 * @param pinLookupsPerMinute PIN lookups one client address may make per minute (guessing protection)
 * @param hostUpdateInterval how often the host's live answer count is sent at most
 * @param lobbyUpdateInterval how often the player count is broadcast to a game's lobby at most while players join
 * @param leaderboardSize entries in leaderboard broadcasts
 * @param allowedOrigins WebSocket origins besides the app's own (e.g. {@code https://quiz.example.org})
 * @param maxMessageBytes the largest STOMP message a client may send
 * @param connectionBufferBytes the size of each buffer a connection keeps while it is open (Tomcat's WebSocket input,
 *     output and text buffers, its socket read buffer); larger messages pass through in pieces
 * @param relay an external STOMP broker (RabbitMQ's STOMP plugin) that carries broadcasts between nodes
 * @param inboundThreads threads handling client messages (answers wait on Redis, so more than the cores)
 * @param outboundThreads threads writing messages to clients
 * @param redisFanout carry broadcasts between nodes through Redis pub/sub instead (each node keeps its in-process
 *     broker and one subscription); exclusive with {@code relay}
 * @param resultRetryInterval how often a game whose result could not be written is ended again
 * @param connectTimeout a WebSocket that has not completed a STOMP CONNECT within this is closed
 * @param shutdownDrain at shutdown, how long to wait for client messages already received to be handled
 * @param extendedTimeFactor how many times its own time a question takes answers in a game created with
 *     {@code timeLimit: extended} (at least 1)
 */
@ConfigurationProperties("quizhall.game")
public record GameProperties(
        @DefaultValue("2h") Duration idleTimeout,
        @DefaultValue("1h") Duration keepAfterEnd,
        @DefaultValue("10000") int maxPlayers,
        @DefaultValue("20") int nicknameMaxLength,
        @DefaultValue("100") int customFieldMaxLength,
        @DefaultValue("30") int joinsPerMinute,
        @DefaultValue("60") int pinLookupsPerMinute,
        @DefaultValue("100ms") Duration hostUpdateInterval,
        @DefaultValue("1s") Duration lobbyUpdateInterval,
        @DefaultValue("10") int leaderboardSize,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("16384") int maxMessageBytes,
        @DefaultValue("1024") int connectionBufferBytes,
        @DefaultValue Relay relay,
        @DefaultValue("32") int inboundThreads,
        @DefaultValue("8") int outboundThreads,
        @DefaultValue("false") boolean redisFanout,
        @DefaultValue("10s") Duration resultRetryInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("5s") Duration shutdownDrain,
        @DefaultValue("2") double extendedTimeFactor) {

    public GameProperties {
        if (connectionBufferBytes < 256) {
            throw new IllegalArgumentException("quizhall.game.connection-buffer-bytes must be at least 256");
        }
        if (extendedTimeFactor < 1) {
            throw new IllegalArgumentException("quizhall.game.extended-time-factor must be at least 1");
        }
        if (relay.enabled() && redisFanout) {
            throw new IllegalArgumentException(
                    "Choose one way to connect nodes: quizhall.game.relay.enabled or quizhall.game.redis-fanout, not both");
        }
    }

    /**
     * The STOMP broker relay. Off: one node with the in-process broker. On: every node relays {@code /topic} and
     * {@code /queue} to the broker, so a broadcast made on any node reaches players on every node.
     */
    public record Relay(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("61613") int port,
            @DefaultValue("guest") String login,
            @DefaultValue("guest") String passcode,
            @DefaultValue("/") String virtualHost) {}

    /** Keys live a little longer than the idle timeout, so nothing is lost before the game is ended. */
    Duration keyTtl() {
        return idleTimeout.plus(Duration.ofMinutes(30));
    }
}
