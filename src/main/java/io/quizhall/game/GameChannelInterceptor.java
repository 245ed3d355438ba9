package io.quizhall.game;

import io.quizhall.account.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates STOMP connections and authorises every SUBSCRIBE and SEND, not just the first. Players connect
 * with a {@code player-token} header; hosts with the session cookie of the WebSocket handshake. A refused frame
 * ends that client's connection with an ERROR frame; other clients and the game go on.
 */
@Component
class GameChannelInterceptor implements ChannelInterceptor {

    static final String TOKEN_HEADER = "player-token";
    private static final Pattern TOPIC =
            Pattern.compile("^/topic/games\\.([0-9a-f-]{36})\\.(question|results|leaderboard|ended|lobby)$");
    private static final Pattern APP = Pattern.compile("^/app/games/([0-9a-f-]{36})/(answer|sync|host/[a-z]+)$");
    private static final Pattern USER_QUEUE = Pattern.compile("^/user/queue/(ack|result|final|state|host|errors)$");

    private final GameService games;
    private final MessageChannel clientOutbound;

    GameChannelInterceptor(
            @Lazy GameService games, @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound) {
        this.games = games;
        this.clientOutbound = clientOutbound;
    }

    @Override
    public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        try {
            switch (accessor.getCommand()) {
                case CONNECT, STOMP -> accessor.setUser(authenticate(accessor));
                case SUBSCRIBE -> authorizeSubscribe(accessor.getUser(), accessor.getDestination());
                case SEND -> authorizeSend(accessor.getUser(), accessor.getDestination());
                default -> {}
            }
            return message;
        } catch (MessageDeliveryException refused) {
            refuse(accessor, refused.getMessage());
            return null;
        }
    }

    /**
     * Answers a refused frame with a STOMP ERROR frame (which also ends the connection) and drops it. Done here
     * rather than by throwing, because frames are handled off the socket's thread to keep each client's order.
     */
    private void refuse(StompHeaderAccessor frame, @Nullable String why) {
        String text = why == null ? "forbidden" : why;
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(text);
        error.setSessionId(frame.getSessionId());
        clientOutbound.send(
                MessageBuilder.createMessage(text.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders()));
    }

    private Principal authenticate(StompHeaderAccessor accessor) {
        String token = accessor.getFirstNativeHeader(TOKEN_HEADER);
        if (token != null) {
            try {
                return games.authenticatePlayer(token);
            } catch (GameException e) {
                throw new MessageDeliveryException(e.code() + ": " + e.getMessage());
            }
        }
        if (accessor.getUser() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof CurrentUser user) {
            return new HostPrincipal(user.id(), user.username());
        }
        throw new MessageDeliveryException(
                "unauthenticated: send a player-token header, or connect with a signed-in host's session");
    }

    private void authorizeSubscribe(@Nullable Principal user, @Nullable String destination) {
        if (destination == null) {
            throw denied("a destination is required");
        }
        if (USER_QUEUE.matcher(destination).matches()) {
            return;
        }
        Matcher topic = TOPIC.matcher(destination);
        if (!topic.matches()) {
            throw denied("unknown destination " + destination);
        }
        requireMember(user, gameId(topic.group(1)));
    }

    private void authorizeSend(@Nullable Principal user, @Nullable String destination) {
        Matcher app = destination == null ? null : APP.matcher(destination);
        if (app == null || !app.matches()) {
            throw denied("clients may only send to /app/games/{game}/answer, /sync or /host/{action}");
        }
        UUID gameId = gameId(app.group(1));
        String action = app.group(2);
        if (action.equals("answer")) {
            if (!(user instanceof PlayerPrincipal player) || !player.gameId().equals(gameId)) {
                throw denied("only players of this game may answer");
            }
        } else if (action.startsWith("host/")) {
            if (!(user instanceof HostPrincipal host) || !games.isHost(host.userId(), gameId)) {
                throw denied("only the host of this game may do this");
            }
        } else {
            requireMember(user, gameId);
        }
    }

    private void requireMember(@Nullable Principal user, UUID gameId) {
        boolean member =
                (user instanceof PlayerPrincipal player && player.gameId().equals(gameId))
                        || (user instanceof HostPrincipal host && games.isHost(host.userId(), gameId));
        if (!member) {
            throw denied("not a player or the host of this game");
        }
    }

    private static UUID gameId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw denied("not a game id: " + text);
        }
    }

    private static MessageDeliveryException denied(String why) {
        return new MessageDeliveryException("forbidden: " + why);
    }
}
