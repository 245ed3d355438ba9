package io.quizhall.game.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The WebSocket connections of this node, for the moments the server itself ends one: a connection that sends
 * no complete CONNECT in time, a kicked player or a revoked sign-in (told why first, then closed), and a node
 * that shuts down (close code 1012, "service restart": reconnect, to another node).
 */
@Component
public class LiveConnections implements WebSocketHandlerDecoratorFactory, ExecutorChannelInterceptor {

    /**
     * A message header (never sent to the client) on the last message a connection gets: once the message has
     * been handed to the connection, it is ended with an ERROR frame carrying this text.
     */
    static final String CLOSE_AFTER = "qh-close-after";

    /** Close code 1012: the server restarts; the client should reconnect (RFC 6455, IANA registry). */
    static final CloseStatus SERVICE_RESTART = new CloseStatus(1012, "server restarting: reconnect");

    private static final Logger log = LoggerFactory.getLogger(LiveConnections.class);

    private final Map<String, Connection> open = new ConcurrentHashMap<>();
    private final MessageChannel clientOutbound;
    private final GameProperties properties;
    private final Clock clock;

    LiveConnections(
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound,
            GameProperties properties,
            Clock clock) {
        this.clientOutbound = clientOutbound;
        this.properties = properties;
        this.clock = clock;
    }

    private static final class Connection {
        final WebSocketSession session;
        final long openedAt;
        volatile boolean stompConnected;
        volatile @Nullable UUID accountSession;

        Connection(WebSocketSession session, long openedAt) {
            this.session = session;
            this.openedAt = openedAt;
        }
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                open.put(session.getId(), new Connection(session, clock.millis()));
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                open.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /** A CONNECT was accepted; for a host, with the sign-in session the handshake carried. */
    public void connected(String sessionId, @Nullable UUID accountSession) {
        Connection connection = open.get(sessionId);
        if (connection != null) {
            connection.stompConnected = true;
            connection.accountSession = accountSession;
        }
    }

    /** This node's connections signed in with one of these account sessions. */
    public List<String> signedInWith(Set<UUID> accountSessions) {
        var ids = new ArrayList<String>();
        open.forEach((id, connection) -> {
            if (connection.accountSession != null && accountSessions.contains(connection.accountSession)) {
                ids.add(id);
            }
        });
        return ids;
    }

    public int size() {
        return open.size();
    }

    /**
     * Ends connections that have not completed a STOMP CONNECT within {@code quizhall.game.connect-timeout}: a
     * half-open or silent socket must not hold a slot for minutes.
     */
    @Scheduled(fixedDelay = 1_000)
    void closeUnconnected() {
        long deadline = clock.millis() - properties.connectTimeout().toMillis();
        open.values().stream()
                .filter(connection -> !connection.stompConnected && connection.openedAt < deadline)
                .forEach(connection -> close(
                        connection.session,
                        CloseStatus.POLICY_VIOLATION.withReason("no STOMP CONNECT within "
                                + properties.connectTimeout().toSeconds() + " s")));
    }

    /** Ends every connection with close code 1012, at shutdown. */
    void closeAll() {
        open.values().forEach(connection -> close(connection.session, SERVICE_RESTART));
    }

    /** Ends one connection with a STOMP ERROR frame saying why (the frame also closes the WebSocket). */
    public void endWithError(String sessionId, String why) {
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(why);
        error.setSessionId(sessionId);
        clientOutbound.send(
                MessageBuilder.createMessage(why.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders()));
    }

    /**
     * Runs on the outbound thread once a message has been handed to its connection: for the last message of a
     * connection, only now is the ERROR frame sent, so it cannot overtake the message (they would race on two
     * threads otherwise).
     */
    @Override
    public void afterMessageHandled(
            Message<?> message, MessageChannel channel, MessageHandler handler, @Nullable Exception failure) {
        Object why = message.getHeaders().get(CLOSE_AFTER);
        String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (why != null && sessionId != null) {
            endWithError(sessionId, why.toString());
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Could not close WebSocket session {}", session.getId(), e);
        }
    }
}
