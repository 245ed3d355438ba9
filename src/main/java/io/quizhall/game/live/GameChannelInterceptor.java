package io.quizhall.game.live;

import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.game.LiveTopicAuthoriser;
import io.quizhall.game.core.Broadcaster;
import io.quizhall.game.core.GameDestinations;
import io.quizhall.game.core.GameException;
import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GameLobby;
import io.quizhall.game.core.GamePayloads;
import io.quizhall.game.core.HostPrincipal;
import io.quizhall.game.core.LiveConnections;
import io.quizhall.game.core.LiveShutdown;
import io.quizhall.game.core.PlayerPrincipal;
import io.quizhall.shared.Outages;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates STOMP connections and authorises every SUBSCRIBE and SEND, not just the first. Players connect
 * with a {@code player-token} header; hosts with the session cookie of the WebSocket handshake, re-checked
 * before every host action. A refused frame ends that client's connection with an ERROR frame; other clients and
 * the game go on. While Redis or PostgreSQL cannot answer, a frame is refused as {@code unavailable} (retryable)
 * instead of being dropped.
 */
@Component
class GameChannelInterceptor implements ChannelInterceptor {

    static final String TOKEN_HEADER = "player-token";
    /** The sign-in session of the WebSocket handshake, in the WebSocket session's attributes. */
    static final String ACCOUNT_SESSION = "qh.accountSession";
    /** Games the connection's host was confirmed to host, in the WebSocket session's attributes. */
    private static final String HOSTED = "qh.hosted";
    /** A client must send heartbeats, at least once a minute (STOMP's {@code heart-beat} cx, milliseconds). */
    static final long LONGEST_CLIENT_HEARTBEAT = 60_000;

    private static final Logger log = LoggerFactory.getLogger(GameChannelInterceptor.class);

    private final GameLobby games;
    private final AccountService accounts;
    private final LiveConnections connections;
    private final Broadcaster broadcaster;
    private final LiveShutdown shutdown;
    private final ObjectProvider<LiveTopicAuthoriser> otherTopics;

    GameChannelInterceptor(
            @Lazy GameLobby games,
            @Lazy AccountService accounts,
            LiveConnections connections,
            @Lazy Broadcaster broadcaster,
            LiveShutdown shutdown,
            ObjectProvider<LiveTopicAuthoriser> otherTopics) {
        this.games = games;
        this.accounts = accounts;
        this.connections = connections;
        this.broadcaster = broadcaster;
        this.shutdown = shutdown;
        this.otherTopics = otherTopics;
    }

    /** Why a frame is refused; {@code code: detail} becomes the ERROR frame's message. */
    static final class Refusal extends RuntimeException {
        Refusal(String code, String detail) {
            super(code + ": " + detail, null, false, false);
        }
    }

    @Override
    public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        try {
            if (shutdown.isStopping() && accessor.getCommand() != StompCommand.DISCONNECT) {
                throw new Refusal("unavailable", "This server is restarting; connect again in a moment.");
            }
            switch (accessor.getCommand()) {
                case CONNECT, STOMP -> connect(accessor);
                case SUBSCRIBE -> authorizeSubscribe(accessor);
                case SEND -> authorizeSend(accessor);
                default -> {}
            }
            return message;
        } catch (Refusal refused) {
            connections.endWithError(sessionId(accessor), refused.getMessage());
            return null;
        } catch (RuntimeException failure) {
            if (!Outages.isOutage(failure)) {
                log.error("Unexpected error while checking a STOMP {}", accessor.getCommand(), failure);
                connections.endWithError(sessionId(accessor), "internal_error: Something went wrong on our side.");
                return null;
            }
            log.warn("A STOMP {} was refused: a server is unreachable", accessor.getCommand());
            var unavailable = GamePayloads.GameError.of(GameExceptions.unavailable());
            if (accessor.getCommand() == StompCommand.SEND) {
                // The connection stays; the client may send again (docs/live-protocol.md, section 15).
                broadcaster.toSession(
                        sessionId(accessor),
                        GameDestinations.ERRORS,
                        unavailable.correlated(CorrelationIds.of(accessor)));
            } else {
                connections.endWithError(sessionId(accessor), unavailable.code() + ": " + unavailable.message());
            }
            return null;
        }
    }

    private void connect(StompHeaderAccessor accessor) {
        long clientHeartbeat = accessor.getHeartbeat()[0];
        if (clientHeartbeat <= 0 || clientHeartbeat > LONGEST_CLIENT_HEARTBEAT) {
            throw new Refusal(
                    "heartbeat_required",
                    "Send heartbeats: a heart-beat header whose first value is 1 to "
                            + LONGEST_CLIENT_HEARTBEAT
                            + " ms (10000,10000 recommended).");
        }
        String token = accessor.getFirstNativeHeader(TOKEN_HEADER);
        Principal principal;
        UUID accountSession = null;
        if (token != null) {
            try {
                principal = games.authenticatePlayer(token);
            } catch (GameException e) {
                throw new Refusal(e.code(), e.getMessage());
            }
        } else if (accessor.getUser() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof CurrentUser user) {
            accountSession = attribute(accessor, ACCOUNT_SESSION) instanceof UUID session ? session : null;
            principal = new HostPrincipal(user.id(), user.username(), accountSession);
        } else {
            throw new Refusal(
                    "unauthenticated", "send a player-token header, or connect with a signed-in host's session");
        }
        accessor.setUser(principal);
        connections.connected(sessionId(accessor), accountSession);
    }

    private void authorizeSubscribe(StompHeaderAccessor accessor) {
        String destination = accessor.getDestination();
        if (destination == null) {
            throw denied("a destination is required");
        }
        if (GameDestinations.USER_QUEUE_PATTERN.matcher(destination).matches()) {
            return;
        }
        Matcher topic = GameDestinations.TOPIC_PATTERN.matcher(destination);
        if (topic.matches()) {
            requireMember(accessor, gameId(topic.group(1)));
            return;
        }
        authorizeOtherTopic(accessor, destination);
    }

    /**
     * A topic of another feature (a hunt's team feed): its {@link LiveTopicAuthoriser} decides, for signed-in users
     * only, on every SUBSCRIBE. A destination no feature claims is refused.
     */
    private void authorizeOtherTopic(StompHeaderAccessor accessor, String destination) {
        List<LiveTopicAuthoriser> owners = otherTopics
                .orderedStream()
                .filter(owner -> owner.prefix().startsWith("/topic/")
                        && !owner.prefix().startsWith("/topic/games.")
                        && destination.startsWith(owner.prefix()))
                .toList();
        if (owners.size() != 1) {
            throw denied("unknown destination " + destination);
        }
        if (!(accessor.getUser() instanceof HostPrincipal user)) {
            throw denied("sign in to subscribe to " + destination);
        }
        if (!owners.get(0).maySubscribe(user.userId(), destination)) {
            throw denied("not allowed to subscribe to " + destination);
        }
    }

    private void authorizeSend(StompHeaderAccessor accessor) {
        String destination = accessor.getDestination();
        Matcher app = destination == null ? null : GameDestinations.APP_PATTERN.matcher(destination);
        if (app == null || !app.matches()) {
            throw denied(
                    "clients may only send to /app/games/{game}/answer, /sync, /host/{action} or /hotseat/{action}");
        }
        UUID gameId = gameId(app.group(1));
        String action = app.group(2);
        Principal user = accessor.getUser();
        if (GameDestinations.isAnswer(action)) {
            if (!(user instanceof PlayerPrincipal player) || !player.gameId().equals(gameId)) {
                throw denied("only players of this game may answer");
            }
        } else if (GameDestinations.isHostAction(action)) {
            if (!(user instanceof HostPrincipal host) || !hosts(accessor, host, gameId)) {
                throw denied("only the host of this game may do this");
            }
            // A host action must not outlive the sign-in: log out everywhere ends it here at the latest.
            if (host.accountSession() != null && !signInHolds(host.accountSession())) {
                throw new Refusal("unauthenticated", "Your sign-in has ended. Sign in again to host.");
            }
        } else {
            requireMember(accessor, gameId);
        }
    }

    /**
     * Whether the host's sign-in session still exists. While PostgreSQL is away the game goes on (it runs on
     * Redis): the session held at CONNECT, and a sign-out ends the connection through its event anyway.
     */
    private boolean signInHolds(UUID accountSession) {
        try {
            return accounts.isSessionActive(accountSession);
        } catch (RuntimeException failure) {
            if (Outages.isOutage(failure)) {
                return true;
            }
            throw failure;
        }
    }

    private void requireMember(StompHeaderAccessor accessor, UUID gameId) {
        Principal user = accessor.getUser();
        boolean member =
                (user instanceof PlayerPrincipal player && player.gameId().equals(gameId))
                        || (user instanceof HostPrincipal host && hosts(accessor, host, gameId));
        if (!member) {
            throw denied("not a player or the host of this game");
        }
    }

    /**
     * Whether the connection's user hosts the game. A game's host never changes, so the answer is remembered for
     * the connection: after the first frame a host's frames need no Redis lookup.
     */
    private boolean hosts(StompHeaderAccessor accessor, HostPrincipal host, UUID gameId) {
        Map<String, Object> attributes = accessor.getSessionAttributes();
        @SuppressWarnings("unchecked")
        Set<UUID> hosted = attributes == null
                ? ConcurrentHashMap.newKeySet()
                : (Set<UUID>) attributes.computeIfAbsent(HOSTED, key -> ConcurrentHashMap.newKeySet());
        if (hosted.contains(gameId)) {
            return true;
        }
        if (games.isHost(host.userId(), gameId)) {
            hosted.add(gameId);
            return true;
        }
        return false;
    }

    private static @Nullable Object attribute(StompHeaderAccessor accessor, String name) {
        Map<String, Object> attributes = accessor.getSessionAttributes();
        return attributes == null ? null : attributes.get(name);
    }

    private static String sessionId(StompHeaderAccessor accessor) {
        String id = accessor.getSessionId();
        return id == null ? "" : id;
    }

    private static UUID gameId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw denied("not a game id: " + text);
        }
    }

    private static Refusal denied(String why) {
        return new Refusal("forbidden", why);
    }
}
