package io.quizhall.game.core;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends game messages. A broadcast is converted once and delivered to every subscriber of its topic. With
 * {@code quizhall.game.redis-fanout} every message goes through {@link RedisFanout} to every node, which delivers
 * it to its own connections; otherwise to this node's broker (in-process, or the relay to RabbitMQ).
 */
@Component
public class Broadcaster implements SmartLifecycle {

    private final SimpMessagingTemplate messaging;
    private final SimpUserRegistry users;
    private final LiveConnections connections;
    private final boolean relay;
    private final @Nullable RedisFanout fanout;

    Broadcaster(
            SimpMessagingTemplate messaging,
            SimpUserRegistry users,
            LiveConnections connections,
            GameProperties properties,
            RedisConnectionFactory redisConnections,
            StringRedisTemplate redis) {
        this.messaging = messaging;
        this.users = users;
        this.connections = connections;
        this.relay = properties.relay().enabled();
        this.fanout = properties.redisFanout()
                ? new RedisFanout(redisConnections, redis, new RedisFanout.Receiver() {
                    @Override
                    public void topic(String destination, byte[] json) {
                        messaging.send(destination, jsonMessage(json, null));
                    }

                    @Override
                    public void user(String user, String queue, byte[] json) {
                        deliverToUser(user, queue, json);
                    }

                    @Override
                    public void end(String user, @Nullable Set<UUID> accountSessions, String reason, byte[] json) {
                        endHere(user, accountSessions, reason, json);
                    }
                })
                : null;
    }

    /** With the Redis fan-out: whether this node receives the other nodes' messages (health "fanout"). */
    public @Nullable Boolean fanoutListening() {
        return fanout == null ? null : fanout.isListening();
    }

    public void toTopic(String destination, Object payload) {
        if (fanout != null) {
            fanout.topic(destination, json(payload));
        } else {
            messaging.convertAndSend(destination, payload);
        }
    }

    public void toPlayer(UUID playerId, String queue, Object payload) {
        toUser(PlayerPrincipal.nameOf(playerId), queue, payload);
    }

    public void toHost(UUID hostId, Object payload) {
        toUser(HostPrincipal.nameOf(hostId), GameDestinations.HOST, payload);
    }

    public void toUser(String user, String queue, Object payload) {
        if (fanout != null) {
            fanout.user(user, queue, json(payload));
        } else if (!deliverToUser(user, queue, json(payload))) {
            // Unknown here. With the relay the user may be on a node this one has not heard from yet (user
            // registries are exchanged every few seconds); Spring's user destinations then ask the other nodes.
            messaging.convertAndSendToUser(user, queue, payload);
        }
    }

    /** A message to one connection of this node, on one of its {@code /user/queue/...} queues. */
    public void toSession(String sessionId, String queue, Object payload) {
        messaging.send(queue + "-user" + sessionId, jsonMessage(json(payload), "/user" + queue));
    }

    /**
     * Tells a user's connections why they end (a GameError on {@code /user/queue/errors}), then ends them with an
     * ERROR frame: all of them, or only those signed in with the given account sessions. On every node with the
     * Redis fan-out.
     */
    public void endConnections(String user, @Nullable Set<UUID> accountSessions, GamePayloads.GameError reason) {
        String why = reason.code() + ": " + reason.message();
        if (fanout != null) {
            fanout.end(user, accountSessions, why, json(reason));
        } else {
            endHere(user, accountSessions, why, json(reason));
        }
    }

    private void endHere(String userName, @Nullable Set<UUID> accountSessions, String why, byte[] reason) {
        SimpUser user = users.getUser(userName);
        if (user == null) {
            return;
        }
        Set<String> only = accountSessions == null ? null : Set.copyOf(connections.signedInWith(accountSessions));
        for (SimpSession session : user.getSessions()) {
            if (only != null && !only.contains(session.getId())) {
                continue;
            }
            boolean listening = session.getSubscriptions().stream()
                    .anyMatch(subscription -> GameDestinations.USER_ERRORS.equals(subscription.getDestination()));
            if (listening && !relay) {
                // The ERROR frame follows once the reason is on its way (LiveConnections.afterMessageHandled).
                var message = jsonMessage(reason, "/user" + GameDestinations.ERRORS, why);
                messaging.send(GameDestinations.ERRORS + "-user" + session.getId(), message);
            } else {
                // Through the relay the reason could not be ordered before the end: the ERROR frame carries it.
                connections.endWithError(session.getId(), why);
            }
        }
    }

    /**
     * Sends to each of the user's sessions this node knows of (with the relay, other nodes' too) on the session's
     * own queue, {@code <queue>-user<session>}, the destination Spring's user destinations resolve to. Spring's
     * {@code /user/} handling is not used for known users: with the receive order preserved it delivers to the
     * first session only and fails for the others ("Expected mutable SimpMessageHeaderAccessor"), so a player with
     * two tabs, or one who moved to another node, would miss messages.
     *
     * @return whether the user had any session
     */
    private boolean deliverToUser(String userName, String queue, byte[] json) {
        SimpUser user = users.getUser(userName);
        if (user == null || !user.hasSessions()) {
            return false;
        }
        for (SimpSession session : user.getSessions()) {
            messaging.send(queue + "-user" + session.getId(), jsonMessage(json, "/user" + queue));
        }
        return true;
    }

    private static Message<byte[]> jsonMessage(byte[] json, @Nullable String userDestination) {
        return jsonMessage(json, userDestination, null);
    }

    /** A new message each time: a sent message's headers are frozen. */
    private static Message<byte[]> jsonMessage(
            byte[] json, @Nullable String userDestination, @Nullable String closeAfter) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        if (userDestination != null) {
            // The client sees the destination it subscribed to, as with Spring's own user destinations.
            headers.setNativeHeader(SimpMessageHeaderAccessor.ORIGINAL_DESTINATION, userDestination);
        }
        if (closeAfter != null) {
            headers.setHeader(LiveConnections.CLOSE_AFTER, closeAfter);
        }
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(json, headers.getMessageHeaders());
    }

    /** The payload as the broker would send it, serialised by the same converter. */
    private byte[] json(Object payload) {
        var message = messaging.getMessageConverter().toMessage(payload, null);
        if (message == null || !(message.getPayload() instanceof byte[] bytes)) {
            throw new IllegalStateException(
                    "Cannot serialise " + payload.getClass().getSimpleName());
        }
        return bytes;
    }

    private volatile boolean running;

    @Override
    public void start() {
        if (fanout != null) {
            fanout.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (fanout != null) {
            fanout.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
